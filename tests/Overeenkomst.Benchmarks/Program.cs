using BenchmarkDotNet.Running;
using Overeenkomst.Benchmarks.SideBySide;

// dotnet run -c Release --project tests/Overeenkomst.Benchmarks -- --filter '*'   (see the README for the figures)
// dotnet run -c Release --project tests/Overeenkomst.Benchmarks -- side-by-side …   two builds' render time in one process (.ci/render-vs)
if (args is ["side-by-side", .. var rest])
{
    return SideBySideCommand.Run(rest);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>The benchmarks' entry point.</summary>
public partial class Program;
