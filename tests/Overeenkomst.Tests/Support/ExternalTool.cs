using System.Diagnostics;

namespace Overeenkomst.Tests.Support;

/// <summary>Runs a program the tests need from the machine (LibreOffice, pdftotext); a missing one fails loudly, never skips.</summary>
public static class ExternalTool
{
    /// <summary>Runs <paramref name="program"/> and returns its standard output; fails the test when it is missing or fails.</summary>
    public static string Run(string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"'{program}' is not installed. .ci/run installs it on Debian (see the README); install it to run this test.", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} did not finish within {timeout}.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {error.Result}");
            }

            return output.Result;
        }
    }
}
