using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Overeenkomst.Functions.Rendering;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Hosting;

namespace Overeenkomst.Functions.Tests.Rendering;

/// <summary>
/// Renders take turns: one per core at once, the rest wait in order of arrival, a full queue is refused in Dutch, and a
/// client that gives up leaves the queue. The test takes every turn itself, as renders in progress would.
/// </summary>
public sealed class RenderTurnsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static TheoryData<string> EndpointsThatRender => ["/api/render", "/api/preview"];

    private WebApplicationFactory<Program> Host(int waiting) => factory.WithWebHostBuilder(host =>
    {
        host.UseSetting("Auth:Mode", "EasyAuth");
        host.UseSetting("RenderTurns:AtOnce", "1");
        host.UseSetting("RenderTurns:Waiting", waiting.ToString(System.Globalization.CultureInfo.InvariantCulture));
    });

    private static HttpRequestMessage Answers(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = AgreementsClient.Json(ExampleAnswers.LaurensSignedNextMonth()) };
        request.Headers.Add(TestPerson.Header, TestPerson.Opleider.Principal());
        return request;
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(10, patience.Token);
        }
    }

    [Theory]
    [MemberData(nameof(EndpointsThatRender))]
    public async Task A_render_waits_while_every_turn_is_taken_and_is_answered_when_one_comes_free(string path)
    {
        using var host = Host(waiting: 4);
        using var client = host.CreateClient();
        var turns = host.Services.GetRequiredService<RenderTurns>();
        var busy = await turns.WaitForTurnAsync(CancellationToken.None);

        var response = client.SendAsync(Answers(path));
        await UntilAsync(() => turns.Waiting == 1);
        Assert.False(response.IsCompleted);
        busy.Dispose();

        using var answered = await response.WaitAsync(Patience);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(0, turns.Waiting);
    }

    [Theory]
    [MemberData(nameof(EndpointsThatRender))]
    public async Task A_render_that_finds_the_queue_full_is_refused_with_503_Retry_After_and_a_Dutch_explanation(string path)
    {
        using var host = Host(waiting: 0);
        using var client = host.CreateClient();
        using var busy = await host.Services.GetRequiredService<RenderTurns>().WaitForTurnAsync(CancellationToken.None);

        using var response = await client.SendAsync(Answers(path));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(RenderTurnsOptions.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("Het is te druk om de overeenkomst nu op te stellen", problem!.Title);
        Assert.Contains("Er is niets opgeslagen", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_gives_up_while_waiting_leaves_the_queue()
    {
        using var host = Host(waiting: 4);
        using var client = host.CreateClient();
        var turns = host.Services.GetRequiredService<RenderTurns>();
        using var busy = await turns.WaitForTurnAsync(CancellationToken.None);
        using var givingUp = new CancellationTokenSource();

        var response = client.SendAsync(Answers("/api/render"), givingUp.Token);
        await UntilAsync(() => turns.Waiting == 1);
        await givingUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => response);
        await UntilAsync(() => turns.Waiting == 0);
    }

    [Fact]
    public async Task Unless_configured_there_is_one_turn_per_core()
    {
        var turns = factory.Services.GetRequiredService<RenderTurns>();
        var taken = new List<IDisposable>();
        for (var core = 0; core < Environment.ProcessorCount; core++)
        {
            var turn = await turns.WaitForTurnAsync(CancellationToken.None);
            Assert.True(turn.IsAcquired);
            taken.Add(turn);
        }

        var oneMore = turns.WaitForTurnAsync(CancellationToken.None);
        Assert.False(oneMore.IsCompleted);
        taken.ForEach(turn => turn.Dispose());
        (await oneMore).Dispose();
    }

    [Theory]
    [InlineData("RenderTurns__AtOnce", "0")]
    [InlineData("RenderTurns__Waiting", "-1")]
    public async Task Settings_that_cannot_work_stop_the_start_with_a_Dutch_explanation(string setting, string value)
    {
        await using var handler = HandlerProcess.StartBuilt(new Dictionary<string, string> { [setting] = value });

        Assert.Equal(1, await handler.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        var error = string.Join('\n', handler.StandardError);
        Assert.Contains("De handler start niet: een instelling klopt niet. RenderTurns:AtOnce moet een getal groter dan 0 zijn", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
    }
}
