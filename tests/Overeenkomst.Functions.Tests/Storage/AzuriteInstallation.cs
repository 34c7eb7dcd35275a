using System.Diagnostics;

namespace Overeenkomst.Functions.Tests.Storage;

/// <summary>
/// Installs Azurite (npm ci in the azurite/ folder) when it is missing or older than its lock file — once, for every test
/// process on the machine at a time — so that building needs no Node.js and a fresh machine still sets itself up.
/// </summary>
internal static class AzuriteInstallation
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>The path of the azurite-blob command, installing it first when needed.</summary>
    /// <exception cref="InvalidOperationException">Node.js and npm are missing, or npm ci failed: the message says what to do.</exception>
    public static async Task<string> EnsureAsync(string folder)
    {
        var executable = Path.Combine(folder, "node_modules", ".bin", "azurite-blob");
        await OneAtATime.WaitAsync();
        try
        {
            // Another test process (the benchmarks, a second test project) may be installing at this moment.
            using var machineLock = await LockAsync(Path.Combine(folder, ".installeren.lock"));
            if (!IsCurrent(folder, executable))
            {
                await RunNpmCiAsync(folder);
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

    private static async Task RunNpmCiAsync(string folder)
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
                "The storage tests run against Azurite, which is installed with npm, and npm is not on this machine. " +
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
