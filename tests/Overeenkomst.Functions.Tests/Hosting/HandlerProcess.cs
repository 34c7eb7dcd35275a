using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Overeenkomst.Functions.Tests.Hosting;

/// <summary>
/// The handler as a real process, started the way the Functions host starts it: its working directory and
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c>. Collects its output; killed on dispose if it is still running.
/// </summary>
public sealed class HandlerProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private const string ErrorPrefix = "stderr: ";
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private HandlerProcess(Process process, int port)
    {
        this.process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    /// <summary>Where the handler listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Every line written so far, standard error lines prefixed with "stderr: ".</summary>
    public IReadOnlyList<string> Output => output.ToList();

    /// <summary>The lines on standard output.</summary>
    public IEnumerable<string> StandardOutput => output.Where(line => !line.StartsWith(ErrorPrefix, StringComparison.Ordinal));

    /// <summary>The lines on standard error, without their prefix.</summary>
    public IEnumerable<string> StandardError =>
        output.Where(line => line.StartsWith(ErrorPrefix, StringComparison.Ordinal)).Select(line => line[ErrorPrefix.Length..]);

    /// <summary>The apphost the build copies beside the tests, with the templates beside it.</summary>
    public static string BuiltExecutable => Path.Combine(AppContext.BaseDirectory, "Overeenkomst.Functions");

    /// <summary>Starts the handler built beside the tests, in that folder, with <paramref name="environment"/> set.</summary>
    public static HandlerProcess StartBuilt(IReadOnlyDictionary<string, string>? environment = null) =>
        Start(BuiltExecutable, AppContext.BaseDirectory, environment);

    /// <summary>Starts <paramref name="executable"/> in <paramref name="workingDirectory"/>, on a free loopback port, with <paramref name="environment"/> set.</summary>
    public static HandlerProcess Start(string executable, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Only the host's variable may decide the address, not one the test runner happens to have.
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("URLS");
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var handler = new HandlerProcess(new Process { StartInfo = start }, port);
        handler.process.OutputDataReceived += (_, e) => Keep(handler, e.Data, prefix: "");
        handler.process.ErrorDataReceived += (_, e) => Keep(handler, e.Data, prefix: ErrorPrefix);
        handler.process.Start();
        handler.process.BeginOutputReadLine();
        handler.process.BeginErrorReadLine();
        return handler;

        static void Keep(HandlerProcess handler, string? line, string prefix)
        {
            if (line is not null)
            {
                handler.output.Enqueue(prefix + line);
            }
        }
    }

    /// <summary>Polls GET /api/health until it answers 200; fails with the handler's output if it exits or times out.</summary>
    public async Task WaitUntilHealthyAsync(HttpClient client, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(client);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri(BaseAddress, "/api/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        Assert.Fail($"The handler did not answer /api/health within {timeout.TotalSeconds} s. Output:{Environment.NewLine}{Describe()}");
    }

    /// <summary>Waits until a line satisfying <paramref name="match"/> appears; fails with the output if none does in time.</summary>
    public async Task WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!output.Any(match))
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"The expected line did not appear within {timeout.TotalSeconds} s. Output:{Environment.NewLine}{Describe()}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Sends SIGTERM, as a platform stopping the instance does.</summary>
    public void Terminate()
    {
        if (Kill(process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"kill({process.Id}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    /// <summary>Waits for the process to end and gives its exit code; fails if it does not end in time.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The handler did not exit within {timeout.TotalSeconds} s. Output:{Environment.NewLine}{Describe()}");
        }

        return process.ExitCode;
    }

    /// <summary>The output so far, for failure messages.</summary>
    public string Describe() => string.Join(Environment.NewLine, output);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // .NET can send SIGKILL only (Process.Kill); SIGTERM needs libc. DllImport, because LibraryImport would need unsafe code.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
