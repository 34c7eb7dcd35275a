using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Overeenkomst.Functions.Tests.Hosting;

namespace Overeenkomst.Functions.Tests.Storage;

/// <summary>
/// A real Azurite blob service for tests and benchmarks: installed on first use (npm ci in azurite/, see
/// <see cref="NpmInstallation"/>), bound to 127.0.0.1 on a free port, with its data in a temporary folder, killed when disposed.
/// </summary>
public sealed class Azurite : IAsyncDisposable
{
    // The well-known development key, as Azurite ships it (node_modules/azurite/dist).
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string executable;
    private readonly string location;
    private Process? process;

    private Azurite(string executable, string location, int port)
    {
        this.executable = executable;
        this.location = location;
        Port = port;
    }

    /// <summary>The port the blob service listens on.</summary>
    public int Port { get; }

    /// <summary>The connection string for the well-known development account.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    /// <summary>Starts a fresh Azurite with an empty folder.</summary>
    public static async Task<Azurite> StartAsync()
    {
        var folder = typeof(Azurite).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "AzuriteFolder").Value!;
        var executable = await NpmInstallation.EnsureAsync(folder, "azurite-blob", "run the storage against Azurite");

        var location = Directory.CreateTempSubdirectory("azurite-").FullName;
        var azurite = new Azurite(executable, location, FreePort());
        await azurite.RestartAsync();
        return azurite;
    }

    /// <summary>Starts Azurite again on the same port and folder, after <see cref="StopAsync"/>.</summary>
    public async Task RestartAsync()
    {
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--location", location, "--silent", "--skipApiVersionCheck", "--loose",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process started;
        try
        {
            started = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{executable}'.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"Could not start Azurite ('{executable}'); is Node.js installed? {exception.Message}", exception);
        }

        process = started;
        // Should the test run end without disposing (a crash, a cancelled run), Azurite must not outlive it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillQuietly(started);
        var errors = started.StandardError.ReadToEndAsync();
        _ = started.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await AcceptsConnectionsAsync())
        {
            if (started.HasExited)
            {
                throw new InvalidOperationException($"Azurite stopped at start (exit code {started.ExitCode}): {await errors}");
            }

            if (DateTime.UtcNow > deadline)
            {
                await StopAsync();
                throw new TimeoutException($"Azurite did not listen on port {Port} within {StartTimeout.TotalSeconds} s.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>
    /// Stops Azurite as an outage would, keeping its data for <see cref="RestartAsync"/>: SIGTERM first, because Azurite
    /// saves its blob index only on a clean stop; killed when it does not stop within seconds.
    /// </summary>
    public async Task StopAsync()
    {
        if (process is not { } running)
        {
            return;
        }

        if (!running.HasExited)
        {
            using (var terminate = Process.Start("kill", ["-TERM", running.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await terminate.WaitForExitAsync();
            }

            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await running.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                running.Kill(entireProcessTree: true);
                await running.WaitForExitAsync();
            }
        }

        running.Dispose();
        process = null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(location, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static void KillQuietly(Process running)
    {
        try
        {
            running.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone (or disposed after a clean stop).
        }
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
