using System.Diagnostics;

namespace Overeenkomst.Functions.Tests.Hosting;

/// <summary>
/// Starts the built handler as its own process with settings that should stop it, and returns how it ended. A real
/// process, not a <c>WebApplicationFactory</c>: a host that fails to start races with the factory's disposal there.
/// </summary>
public static class RefusedStart
{
    /// <summary>Runs the handler with <paramref name="environment"/> until it exits (killed after a minute if it wrongly keeps running).</summary>
    public static async Task<(int ExitCode, string StandardError)> RunAsync(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Overeenkomst.Functions.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["urls"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            // A handler that wrongly starts would listen forever: stop the one this test started.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return (process.ExitCode, await error);
    }
}
