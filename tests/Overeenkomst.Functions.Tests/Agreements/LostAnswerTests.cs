using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Overeenkomst.Functions.Tests.Finalising;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Storage;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>
/// Retries tell the truth: with a proxy between the handler and Azurite that loses the answer to every write once — after
/// Azurite stored it — every step still answers success, and the log holds each step exactly once.
/// </summary>
public sealed class LostAnswerTests(ForgetfulStorage storage) : IClassFixture<ForgetfulStorage>, IDisposable
{
    private readonly AgreementsHost host = new(AgreementsHost.Blob(storage.ConnectionString));

    private ForgetfulProxy Proxy => storage.Proxy;

    private AgreementsHost Host => host;

    [Fact]
    public async Task Every_step_whose_answer_was_lost_after_it_was_stored_succeeds_and_is_logged_exactly_once()
    {
        using var owner = Host.CreateClient(TestPerson.Opleider);
        using var laurens = Host.CreateClient(TestPerson.LaurensZorg);
        using var jurist = Host.CreateClient(TestPerson.Jurist);
        Proxy.Forgetting = true;

        var (id, etag) = await owner.CreateAsync(ExampleAnswers.Laurens);
        using var named = await owner.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg, TestPerson.Jurist);
        await ExpectAsync(named, HttpStatusCode.OK);
        await owner.CreateVersionAsync(id);
        using var saved = await owner.SaveAnswersAsync(id, ExampleAnswers.LaurensNamed("Leerafdeling Laurens"), named.Headers.ETag!.Tag);
        await ExpectAsync(saved, HttpStatusCode.OK);
        await owner.CreateVersionAsync(id);
        await ExpectAsync(await owner.SubmitAsync(id, 2), HttpStatusCode.OK);
        await ExpectAsync(await laurens.ReviewAsync(id, 2, "opmerking", "Noem de ruimte op de afdeling.", "Artikel 7"), HttpStatusCode.Created);
        await ExpectAsync(await laurens.ReviewAsync(id, 2, "goedkeuring"), HttpStatusCode.Created);
        using var finalised = await jurist.FinalizeAsync(id);
        await ExpectAsync(finalised, HttpStatusCode.Created);
        Proxy.Forgetting = false;

        Assert.Equal(
            [
                "aangemaakt", Messages.LogParticipantsSet, "versie gemaakt", "antwoorden opgeslagen", "versie gemaakt", Messages.LogSubmitted,
                Messages.LogCommented("Laurens"), Messages.LogApprovedByEveryone("Laurens"), Messages.LogFinalised,
            ],
            (await owner.LogAsync(id)).Select(line => line.GetProperty("action").GetString()));
        Assert.Equal(["opmerking", "goedkeuring"],
            (await owner.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/reviews")).EnumerateArray().Select(review => review.GetProperty("kind").GetString()));
        Assert.Equal(new[] { 1, 2, 3 }, await owner.VersionNumbersAsync(id));
        Assert.Equal("definitief", await owner.StatusAsync(id));
        Assert.Empty(await Orphans.FindAsync(Host.Services.GetRequiredService<IStore>(), id));

        // The answers that were lost: every kind of write each step makes.
        var lost = Proxy.Forgotten;
        Assert.Contains(lost, write => write.EndsWith($"/{id}/agreement.json", StringComparison.Ordinal));
        Assert.Contains(lost, write => write.EndsWith($"/{id}/log.jsonl?comp=appendblock", StringComparison.Ordinal));
        Assert.Contains(lost, write => write.EndsWith($"/{id}/reviews.jsonl?comp=appendblock", StringComparison.Ordinal));
        Assert.All(new[] { "json", "md", "docx" }, extension =>
            Assert.Contains(lost, write => write.EndsWith($"/{id}/versions/3.{extension}", StringComparison.Ordinal)));
        Assert.Contains(lost, write => write.Contains("/index/sha256/", StringComparison.Ordinal));
        Assert.Contains(lost, write => write.Contains("/templates/", StringComparison.Ordinal));
    }

    public void Dispose() => host.Dispose();
}
