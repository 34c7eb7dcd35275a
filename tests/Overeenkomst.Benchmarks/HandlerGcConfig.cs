using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Overeenkomst.Benchmarks;

/// <summary>
/// Two jobs side by side: the runtime's default GC settings, and the ones the handler runs with in production
/// (<c>System.GC.LOHThreshold</c> of 256 kB, set in Overeenkomst.Functions.csproj).
/// </summary>
/// <remarks>
/// The largest agreement's text is one string of ~120 kB, which it must be (the version keeps it). Under the default
/// settings that string goes to the large object heap, whose budget runs out long before the young generation's, so in
/// a loop of renders every collection is a full one; the handler keeps such strings young instead. Both figures are
/// reported: the first is what any host with default settings pays, the second what the deployed handler pays.
/// </remarks>
public sealed class HandlerGcConfig : ManualConfig
{
    /// <summary>The handler's threshold in bytes, as hex, the way the runtime reads <c>DOTNET_GCLOHThreshold</c>.</summary>
    private const string HandlerLohThreshold = "0x40000";

    public HandlerGcConfig()
    {
        AddJob(Job.Default.WithId("standaard GC"));
        AddJob(Job.Default.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCLOHThreshold", HandlerLohThreshold))
            .WithId("GC van de handler"));
    }
}
