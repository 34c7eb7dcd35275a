using System.Net;
using System.Text.RegularExpressions;

namespace Overeenkomst.Functions.Tests.Hosting;

/// <summary>The built handler executable, run as a process the way the Functions host runs it.</summary>
public sealed partial class HandlerProcessTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static string ExampleAnswers => Path.Combine(AppContext.BaseDirectory, "templates", "examples", "laurens-albeda.json");

    [Fact]
    public async Task The_handler_answers_on_the_port_the_Functions_host_gives_it()
    {
        await using var handler = HandlerProcess.StartBuilt();
        using var client = new HttpClient();

        await handler.WaitUntilHealthyAsync(client, StartTimeout);

        Assert.Contains(handler.StandardOutput, line => line.EndsWith($"Now listening on: {handler.BaseAddress.ToString().TrimEnd('/')}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_handler_logs_one_timestamped_line_per_entry_on_standard_output()
    {
        await using var handler = HandlerProcess.StartBuilt();
        using var client = new HttpClient();
        await handler.WaitUntilHealthyAsync(client, StartTimeout);
        await handler.WaitForLineAsync(line => line.Contains("Application started", StringComparison.Ordinal), StartTimeout);

        // The host stores each line as one log entry; a multi-line entry would be torn apart.
        Assert.All(handler.Output, line => Assert.Matches(LogLine(), line));
    }

    [Fact]
    public async Task On_SIGTERM_the_handler_finishes_the_request_in_flight_and_exits_cleanly()
    {
        await using var handler = HandlerProcess.StartBuilt();
        using var client = new HttpClient { Timeout = StartTimeout };
        await handler.WaitUntilHealthyAsync(client, StartTimeout);

        using var body = new GatedContent(await File.ReadAllBytesAsync(ExampleAnswers), "application/json");
        var rendering = client.PostAsync(new Uri(handler.BaseAddress, "/api/render"), body);
        await body.FirstHalfSent.WaitAsync(StartTimeout);

        handler.Terminate();
        await handler.WaitForLineAsync(line => line.Contains("Application is shutting down", StringComparison.Ordinal), StartTimeout);
        body.Release();

        using var response = await rendering.WaitAsync(StartTimeout);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await handler.WaitForExitAsync(StartTimeout));
    }

    [Fact]
    public async Task A_client_that_hangs_up_halfway_through_its_request_is_not_logged_as_an_error()
    {
        await using var handler = HandlerProcess.StartBuilt();
        using var client = new HttpClient { Timeout = StartTimeout };
        await handler.WaitUntilHealthyAsync(client, StartTimeout);

        using var body = new GatedContent(await File.ReadAllBytesAsync(ExampleAnswers), "application/json");
        using var hangUp = new CancellationTokenSource();
        var rendering = client.PostAsync(new Uri(handler.BaseAddress, "/api/render"), body, hangUp.Token);
        await body.FirstHalfSent.WaitAsync(StartTimeout);
        await hangUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rendering.WaitAsync(StartTimeout));

        // Shutting down drains every request and flushes the log, so whatever the handler made of it is in the output now.
        handler.Terminate();
        Assert.Equal(0, await handler.WaitForExitAsync(StartTimeout));
        var errors = handler.Output.Where(line => line.StartsWith("stderr: ", StringComparison.Ordinal) || line.Contains(" fail: ", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task The_development_sign_in_in_Production_stops_the_start_with_a_Dutch_reason_and_exit_code_1()
    {
        await using var handler = HandlerProcess.StartBuilt(
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Auth__Mode"] = "Development" });

        var exitCode = await handler.WaitForExitAsync(StartTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains(Messages.DevelopmentSignInRefused("Production"), handler.StandardError);
        Assert.DoesNotContain(handler.Output, line => line.Contains("Unhandled exception", StringComparison.Ordinal) || line.Contains("   at ", StringComparison.Ordinal)
            || line.Contains("Exception", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (trce|dbug|info|warn|fail|crit): \S")]
    private static partial Regex LogLine();
}
