using System.Diagnostics;
using System.IO.Compression;

namespace Overeenkomst.Functions.Tests.Hosting;

/// <summary>
/// Builds the deployable zip with the README's packaging command, once per test run, into a temporary folder, and unpacks it
/// there as the Function App would. Everything is deleted afterwards.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The temporary folder holding the build, the zip and the unpacked app.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "overeenkomst-package-" + Guid.NewGuid().ToString("N"));

    /// <summary>The zip the packaging command produced.</summary>
    public string Zip => Path.Combine(Folder, "overeenkomst-functions.zip");

    /// <summary>The function app root: the zip unpacked, as the host sees it.</summary>
    public string AppRoot => Path.Combine(Folder, "wwwroot");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { "msbuild", RepositoryRoot.Combine(".ci", "package.proj"), "-nologo", "-nodeReuse:false", $"-p:DistDir={Folder}/" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using var build = Process.Start(start)!;
        var output = build.StandardOutput.ReadToEndAsync();
        var error = build.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(BuildTimeout))
        {
            try
            {
                await build.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                build.Kill(entireProcessTree: true);
                throw new TimeoutException($"Packaging took longer than {BuildTimeout.TotalMinutes} minutes.");
            }
        }

        if (build.ExitCode != 0 || !File.Exists(Zip))
        {
            throw new InvalidOperationException($"Packaging failed (exit {build.ExitCode}):{Environment.NewLine}{await output}{await error}");
        }

        // Unpacking keeps the Unix file modes the zip carries, as the Function App does.
        await ZipFile.ExtractToDirectoryAsync(Zip, AppRoot);
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The tests of the package run alone, after the others: its composite ReadyToRun build keeps both cores busy for
/// minutes, which slowed browser tests running beside it into their timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackageBuild : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package build";
}
