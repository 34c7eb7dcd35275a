using System.Diagnostics;

namespace Overeenkomst.Functions.Tests.Hosting;

/// <summary>
/// Installs a test tool from npm (npm ci in its folder: Azurite in azurite/, TypeScript in typescript/) when it is missing
/// or older than its lock file — once, for every test process on the machine at a time — so that building needs no
/// Node.js and a fresh machine still sets itself up.
/// </summary>
internal static class NpmInstallation
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>The path of <paramref name="command"/> (in node_modules/.bin of <paramref name="folder"/>), installing it first when needed.</summary>
    /// <param name="folder">The folder with the tool's package.json and package-lock.json.</param>
    /// <param name="command">The command the package installs, e.g. azurite-blob or tsc.</param>
    /// <param name="usedFor">What the tests need the tool for, in the sentence that explains a missing npm.</param>
    /// <exception cref="InvalidOperationException">Node.js and npm are missing, or npm ci failed: the message says what to do.</exception>
    public static async Task<string> EnsureAsync(string folder, string command, string usedFor)
    {
        var executable = Path.Combine(folder, "node_modules", ".bin", command);
        await OneAtATime.WaitAsync();
        try
        {
            // Another test process (the benchmarks, a second test project) may be installing at this moment.
            using var machineLock = await LockAsync(Path.Combine(folder, ".installeren.lock"));
            if (!IsCurrent(folder, executable))
            {
                await RunNpmCiAsync(folder, command, usedFor);
            }
        }
        finally
        {
            OneAtATime.Release();
        }

        return executable;
    }

    private static bool IsCurrent(string folder, string executable)
    {
        var installed = new FileInfo(Path.Combine(folder, "node_modules", ".package-lock.json"));
        return File.Exists(executable) && installed.Exists
            && installed.LastWriteTimeUtc >= File.GetLastWriteTimeUtc(Path.Combine(folder, "package-lock.json"));
    }

    private static async Task RunNpmCiAsync(string folder, string command, string usedFor)
    {
        var start = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process npm;
        try
        {
            npm = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"The tests {usedFor} with {command}, which is installed with npm, and npm is not on this machine. " +
                "Install Node.js and npm (Debian: apt-get install nodejs npm; .ci/run does) and run the tests again.", exception);
        }

        using (npm)
        {
            var output = npm.StandardOutput.ReadToEndAsync();
            var errors = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"'npm ci' in {folder} failed (exit code {npm.ExitCode}): {await errors}{await output}");
            }
        }

        // npm leaves the lock file's time as it was: mark the installation as newer than the lock it came from.
        File.SetLastWriteTimeUtc(Path.Combine(folder, "node_modules", ".package-lock.json"), DateTime.UtcNow);
    }

    // An exclusive lock on a file, held until disposed; waits while another process holds it.
    private static async Task<FileStream> LockAsync(string path)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(200);
            }
        }
    }
}
