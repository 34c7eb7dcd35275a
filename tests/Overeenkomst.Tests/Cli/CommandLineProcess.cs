using System.Diagnostics;

namespace Overeenkomst.Tests.Cli;

/// <summary>The command line as its own process, the way a person or a script runs it.</summary>
public static class CommandLineProcess
{
    /// <summary>What a run gave: its exit code and everything it wrote.</summary>
    public sealed record Outcome(int ExitCode, string Output, string Error)
    {
        /// <summary>Standard output and standard error together.</summary>
        public string All => Output + Error;
    }

    public static Outcome Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Overeenkomst.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "The command line did not finish within a minute.");
        return new Outcome(process.ExitCode, output.Result, error.Result);
    }
}
