using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Clauses;
using Overeenkomst.Functions.Tests.Storage;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;
using static Overeenkomst.Functions.Tests.Signing.SigningClient;

namespace Overeenkomst.Functions.Tests.Renewal;

/// <summary>
/// "Nieuwe overeenkomst op basis van deze" over HTTP: the final's answers copied with every date cleared, participants and
/// clause edits along, both logs naming the other agreement, and the new draft's redline against the final it came from.
/// </summary>
public sealed class RenewalTests(AzuriteFixture azurite) : OpleiderOnAzurite(azurite)
{
    private const string EditedClause = "geheimhouding";
    private const string EditedText = "Partijen houden geheim wat hun in vertrouwen is verteld, ook na het einde van de Overeenkomst.";

    [Fact]
    public async Task A_renewal_copies_the_finals_answers_participants_and_clause_edits_clears_every_date_and_links_both_logs()
    {
        var (id, sha256) = await FinalisedWithAnEditAsync();
        var (old, _) = await Client.GetAgreementAsync(id);

        using var renewed = await Client.PostAsync($"/api/agreements/{id}/renewal", content: null);

        await ExpectAsync(renewed, HttpStatusCode.Created);
        var draft = await renewed.Content.ReadFromJsonAsync<JsonElement>();
        var newId = draft.GetProperty("id").GetString()!;
        Assert.Equal($"/api/agreements/{newId}", renewed.Headers.Location!.OriginalString);
        Assert.Equal("concept", draft.GetProperty("status").GetString());
        Assert.Equal(id, draft.GetProperty("renewalOf").GetProperty("agreementId").GetString());
        Assert.Equal(2, draft.GetProperty("renewalOf").GetProperty("version").GetInt32());
        Assert.Equal(sha256, draft.GetProperty("renewalOf").GetProperty("sha256").GetString());
        Assert.Equal(Emails(old), Emails(draft));
        Assert.Equal(EditedText, draft.GetProperty("clauseEdits").EnumerateArray().Single(edit => edit.GetProperty("clauseId").GetString() == EditedClause)
            .GetProperty("text").GetString());

        var answers = JsonNode.Parse(draft.GetProperty("answers").GetRawText())!.AsObject();
        var expected = JsonNode.Parse(old.GetProperty("answers").GetRawText())!.AsObject();
        foreach (var date in new[] { "startdatum", "einddatum", "start_eerste_cohort" })
        {
            Assert.True(expected.ContainsKey(date), date);
            Assert.False(answers.ContainsKey(date), date);
            expected.Remove(date);
        }

        foreach (var group in new[] { "mijlpalen", "evaluatiemomenten" })
        {
            Assert.All(answers[group]!.AsArray(), row => Assert.False(row!.AsObject().ContainsKey("datum")));
            foreach (var row in expected[group]!.AsArray())
            {
                row!.AsObject().Remove("datum");
            }
        }

        Assert.True(JsonNode.DeepEquals(expected, answers), answers.ToJsonString());
        var oldLog = await Client.LogAsync(id);
        var newLog = await Client.LogAsync(newId);
        Assert.Contains(oldLog, line => line.GetProperty("action").GetString() == Messages.LogRenewed
            && line.GetProperty("detail").GetString()!.Contains(newId, StringComparison.Ordinal));
        Assert.Equal(Messages.LogRenewalCreated, newLog[0].GetProperty("action").GetString());
        Assert.Contains(id, newLog[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_drafts_versions_compare_with_the_final_it_came_from()
    {
        var (id, _) = await FinalisedWithAnEditAsync();
        using var renewed = await Client.PostAsync($"/api/agreements/{id}/renewal", content: null);
        var draft = await renewed.Content.ReadFromJsonAsync<JsonElement>();
        var newId = draft.GetProperty("id").GetString()!;
        var answers = JsonNode.Parse(draft.GetProperty("answers").GetRawText())!.AsObject();
        answers["startdatum"] = "2030-08-01";
        answers["einddatum"] = "2034-07-31";
        answers["start_eerste_cohort"] = "2030-09-01";
        answers["mijlpalen"] = JsonNode.Parse("""[{"mijlpaal":"Nieuwe groep gestart","datum":"2030-09-15"}]""");
        answers["evaluatiemomenten"] = JsonNode.Parse("""[{"moment":"Jaarevaluatie","datum":"2031-06-30"},{"moment":"Eindevaluatie","datum":"2033-04-01"}]""");
        await ExpectAsync(await Client.SaveAnswersAsync(newId, answers.ToJsonString(), renewed.Headers.ETag!.Tag), HttpStatusCode.OK);
        await Client.CreateVersionAsync(newId);

        using var page = await Client.GetAsync($"/api/agreements/{newId}/versions/1/compare-previous");

        await ExpectAsync(page, HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<ins>", html, StringComparison.Ordinal);
        Assert.Contains("<del>", html, StringComparison.Ordinal);
        Assert.Contains("2034", html, StringComparison.Ordinal);
        Assert.Contains(Messages.ComparisonWithPrevious(draft.GetProperty("renewalOf").GetProperty("title").GetString()!, 2, 1), System.Net.WebUtility.HtmlDecode(html),
            StringComparison.Ordinal);
        Assert.Equal(Messages.NotARenewalTitle, await AssertProblemAsync(await Client.GetAsync($"/api/agreements/{id}/versions/1/compare-previous"), HttpStatusCode.NotFound));
        await AssertProblemAsync(await Client.GetAsync($"/api/agreements/{newId}/versions/9/compare-previous"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_a_final_agreement_is_renewed_only_by_the_opleiding_and_an_outsider_learns_nothing()
    {
        var (concept, _) = await Client.CreateAsync(Answers);
        var (id, _) = await FinalisedAsync(Host);
        using var reviewer = Host.CreateClient(TestPerson.LaurensZorg);
        using var outsider = Host.CreateClient(TestPerson.ErasmusZorg);

        Assert.StartsWith(Messages.RenewOnlyFinal, await ExpectRefusedAsync(await Client.PostAsync($"/api/agreements/{concept}/renewal", content: null)),
            StringComparison.Ordinal);
        await AssertProblemAsync(await reviewer.PostAsync($"/api/agreements/{id}/renewal", content: null), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await outsider.PostAsync($"/api/agreements/{id}/renewal", content: null), HttpStatusCode.NotFound);
        Assert.DoesNotContain(await Client.LogAsync(id), line => line.GetProperty("action").GetString() == Messages.LogRenewed);
    }

    private async Task<(string Id, string Sha256)> FinalisedWithAnEditAsync()
    {
        using var jurist = Host.CreateClient(TestPerson.Jurist);
        using var laurens = Host.CreateClient(TestPerson.LaurensZorg);
        var (id, etag) = await Client.CreateAsync(Answers);
        await ExpectAsync(await Client.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg, TestPerson.Jurist), HttpStatusCode.OK);
        var (_, clausesETag) = await jurist.ClausesAsync(id);
        await ExpectAsync(await jurist.EditClauseAsync(id, EditedClause, EditedText, "Kortere tekst, zelfde strekking.", clausesETag), HttpStatusCode.OK);
        await Client.CreateVersionAsync(id);
        await ExpectAsync(await Client.SubmitAsync(id, 1), HttpStatusCode.OK);
        await ExpectAsync(await laurens.ReviewAsync(id, 1, "goedkeuring"), HttpStatusCode.Created);
        using var finalised = await jurist.FinalizeAsync(id);
        await ExpectAsync(finalised, HttpStatusCode.Created);
        return (id, (await finalised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sha256").GetString()!);
    }

    private static string[] Emails(JsonElement agreement) =>
        [.. agreement.GetProperty("participants").EnumerateArray().Select(participant => participant.GetProperty("email").GetString()!).Order()];
}
