using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Review;
using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Tests.Support;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;

namespace Overeenkomst.Functions.Tests.Clauses;

/// <summary>The jurist's desk through HTTP: edit an article or member with a reason, take the edit back, and what every version keeps of it.</summary>
public sealed class ClauseEditTests(ReviewHost fixture) : IClassFixture<ReviewHost>
{
    private const string Reason = "De aansprakelijkheid volgt de afspraken in de raamovereenkomst van Laurens.";

    [Fact]
    public async Task The_jurist_replaces_a_member_and_every_version_keeps_the_edit_and_renders_again_to_the_same_SHA256()
    {
        var (id, owner, jurist) = await AgreementAsync();
        var (clauses, etag) = await jurist.ClausesAsync(id);
        var member = ClausesClient.PlainMember(clauses);
        var clauseId = member.GetProperty("id").GetString()!;

        using var edited = await jurist.EditClauseAsync(id, clauseId, "Partijen regelen dit in een eigen afspraak.\n\n- eerste punt\n- tweede punt", Reason, etag);

        await ExpectAsync(edited, HttpStatusCode.OK);
        var view = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Partijen regelen dit in een eigen afspraak.\n\n- eerste punt\n- tweede punt", view.GetProperty("editedText").GetString());
        Assert.Equal(member.GetProperty("templateText").GetString(), view.GetProperty("templateText").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("flagged").ValueKind);
        Assert.NotEqual(etag, edited.Headers.ETag!.Tag);
        var listed = await owner.ClauseAsync(id, clauseId);
        Assert.Equal(view.GetProperty("editedText").GetString(), listed.GetProperty("editedText").GetString());
        Assert.Equal(Reason, listed.GetProperty("reason").GetString());
        Assert.Equal(TestPerson.Jurist.Name, listed.GetProperty("editedBy").GetString());

        var version = await owner.CreateVersionAsync(id);
        var preview = await owner.GetStringAsync(version.GetProperty("preview").GetString());
        Assert.Contains("Partijen regelen dit in een eigen afspraak.", preview, StringComparison.Ordinal);
        Assert.DoesNotContain(member.GetProperty("templateText").GetString()!, preview, StringComparison.Ordinal);

        Assert.True(AgreementId.TryParse(id, out var agreementId));
        var snapshot = (await fixture.Host.Services.GetRequiredService<VersionArchive>().ReadSnapshotAsync(agreementId, 1))!;
        Assert.Equal(clauseId, Assert.Single(snapshot.ClauseEdits).ClauseId);
        Assert.Equal(TestPerson.Opleider.Name, snapshot.CreatedByName);
        var again = fixture.Host.Services.GetRequiredService<AgreementComposer>()
            .Compose(Answers.Parse(snapshot.Answers.GetRawText()).Answers!, snapshot.ToRenderOptions()).Agreement!;
        Assert.Equal(version.GetProperty("sha256").GetString(), again.Sha256);

        var log = await owner.LogAsync(id);
        var line = Assert.Single(log, entry => entry.GetProperty("action").GetString() == Messages.LogClauseEdited);
        Assert.Contains(Reason, line.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(clauseId, line.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(TestPerson.Jurist.Email, line.GetProperty("by").GetString());
    }

    [Fact]
    public async Task An_article_edit_makes_each_paragraph_a_member_and_taking_it_back_restores_the_templates_text()
    {
        var (id, owner, jurist) = await AgreementAsync();
        var (clauses, etag) = await jurist.ClausesAsync(id);
        var article = clauses.First(clause => clause.GetProperty("kind").GetString() == "artikel");
        var articleId = article.GetProperty("id").GetString()!;
        var number = article.GetProperty("number").GetString();

        using var edited = await jurist.EditClauseAsync(id, articleId, "Eerste lid van de jurist.\n\nTweede lid van de jurist.", Reason, etag);
        await ExpectAsync(edited, HttpStatusCode.OK);
        var markdown = await DraftMarkdownAsync(owner, id);
        var written = ClauseReader.Read(markdown).Where(clause => ClauseIds.ArticleOf(clause.Id) == articleId).ToList();
        Assert.Equal([$"{number}.1 Eerste lid van de jurist.", $"{number}.2 Tweede lid van de jurist."], written.Select(c => $"{c.Number} {c.Markdown}"));

        // The article's members are listed with the templates' text, and cannot be edited on their own while the article is.
        var (after, etagAfter) = await owner.ClausesAsync(id);
        var member = after.First(clause => clause.GetProperty("id").GetString()!.StartsWith(articleId + ".", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, member.GetProperty("number").ValueKind);
        using var memberEdit = await jurist.EditClauseAsync(id, member.GetProperty("id").GetString()!, "Los lid.", Reason, etagAfter);
        Assert.Equal(Messages.ClauseNotEditableTitle, await AssertProblemAsync(memberEdit, HttpStatusCode.UnprocessableEntity));

        using var restored = await jurist.RestoreClauseAsync(id, articleId, etagAfter);
        await ExpectAsync(restored, HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, (await restored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("editedText").ValueKind);
        Assert.Equal(article.GetProperty("templateText").GetString(), (await owner.ClauseAsync(id, articleId)).GetProperty("templateText").GetString());
        Assert.DoesNotContain("van de jurist", await DraftMarkdownAsync(owner, id), StringComparison.Ordinal);
        Assert.Contains(await owner.LogAsync(id), entry => entry.GetProperty("action").GetString() == Messages.LogClauseRestored);
    }

    [Fact]
    public async Task An_edit_needs_the_current_ETag()
    {
        var (id, _, jurist) = await AgreementAsync();
        var (clauses, etag) = await jurist.ClausesAsync(id);
        var clauseId = ClausesClient.PlainMember(clauses).GetProperty("id").GetString()!;

        using var missing = await jurist.EditClauseAsync(id, clauseId, "Tekst.", Reason, etag: null);
        using var first = await jurist.EditClauseAsync(id, clauseId, "Tekst.", Reason, etag);
        using var stale = await jurist.EditClauseAsync(id, clauseId, "Andere tekst.", Reason, etag);
        using var staleRestore = await jurist.RestoreClauseAsync(id, clauseId, etag);

        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
        await ExpectAsync(first, HttpStatusCode.OK);
        Assert.Equal(Messages.AgreementChangedTitle, await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed));
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleRestore.StatusCode);
        Assert.Equal("Tekst.", (await jurist.ClauseAsync(id, clauseId)).GetProperty("editedText").GetString());
    }

    [Fact]
    public async Task Text_and_reason_are_required_and_bounded_and_nothing_changes_when_they_are_not()
    {
        var (id, _, jurist) = await AgreementAsync();
        var (clauses, etag) = await jurist.ClausesAsync(id);
        var clauseId = ClausesClient.PlainMember(clauses).GetProperty("id").GetString()!;

        using var noReason = await jurist.EditClauseAsync(id, clauseId, "Tekst.", "  ", etag);
        using var noText = await jurist.EditClauseAsync(id, clauseId, "\u0001\u0002 \n\n ", Reason, etag);
        using var tooLong = await jurist.EditClauseAsync(id, clauseId, new string('a', 20_001), Reason, etag);
        using var longReason = await jurist.EditClauseAsync(id, clauseId, "Tekst.", new string('r', 1_001), etag);
        using var huge = await jurist.EditClauseAsync(id, clauseId, new string('a', 200_000), Reason, etag);
        using var notJson = await jurist.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/agreements/{id}/clauses/{clauseId}")
        {
            Content = Json("geen json"),
            Headers = { IfMatch = { new System.Net.Http.Headers.EntityTagHeaderValue(etag) } },
        });

        Assert.Equal(Messages.ClauseReasonMissing, (await ErrorsAsync(noReason)).GetProperty("reason")[0].GetString());
        Assert.Equal(Messages.ClauseTextMissing, (await ErrorsAsync(noText)).GetProperty("text")[0].GetString());
        Assert.Equal(Messages.TextTooLong(20_000), (await ErrorsAsync(tooLong)).GetProperty("text")[0].GetString());
        Assert.Equal(Messages.TextTooLong(1_000), (await ErrorsAsync(longReason)).GetProperty("reason")[0].GetString());
        await AssertProblemAsync(huge, HttpStatusCode.RequestEntityTooLarge);
        await AssertProblemAsync(notJson, HttpStatusCode.BadRequest);
        Assert.Equal(etag, (await jurist.ClausesAsync(id)).ETag);
    }

    [Fact]
    public async Task Hostile_text_stays_text_in_the_version_its_preview_and_its_Word_file()
    {
        var (id, owner, jurist) = await AgreementAsync();
        var (clauses, etag) = await jurist.ClausesAsync(id);
        var clauseId = ClausesClient.PlainMember(clauses).GetProperty("id").GetString()!;
        const string Hostile = "## Artikel 99 {#nep} Nep\n\n12.9 {#nep.lid} Een lid dat er geen is.\n\n{{ partijen }} <script>alert(1)</script> **vet** &amp;\u0007\n\n" +
            "::: ondertekening\n\n| a | b |\n|---|---|\n\n\\newpage\n\n- [link](javascript:alert(1))";

        using var edited = await jurist.EditClauseAsync(id, clauseId, Hostile, "<b>reden</b>", etag);
        await ExpectAsync(edited, HttpStatusCode.OK);
        var version = await owner.CreateVersionAsync(id);

        var markdown = await DraftMarkdownAsync(owner, id);
        Assert.DoesNotContain(ClauseReader.Read(markdown), clause => clause.Id.StartsWith("nep", StringComparison.Ordinal));
        Assert.Equal(clauses.Count(c => c.GetProperty("number").ValueKind == JsonValueKind.String),
            ClauseReader.Read(markdown).Count(c => c.Kind != ClauseKind.Annex));
        var preview = await owner.GetStringAsync(version.GetProperty("preview").GetString());
        Assert.Contains("## Artikel 99 {#nep} Nep", preview, StringComparison.Ordinal);
        Assert.Contains("{{ partijen }} &lt;script&gt;alert(1)&lt;/script&gt; **vet** &amp;amp;", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", preview, StringComparison.Ordinal);
        var docx = await owner.GetByteArrayAsync(version.GetProperty("document").GetString());
        DocxAssert.IsValid(docx);
        using var word = new WordDocument(docx);
        Assert.Contains("{{ partijen }} <script>alert(1)</script> **vet** &amp;", word.Text(), StringComparison.Ordinal);
        Assert.Contains(word.Paragraphs(), paragraph => paragraph == "[link](javascript:alert(1))");
        Assert.Contains(word.Paragraphs(), paragraph => paragraph == "::: ondertekening");
    }

    [Fact]
    public async Task Only_participants_see_the_clauses_and_only_the_owner_and_jurists_signed_in_as_such_edit_them()
    {
        var (id, owner, jurist) = await AgreementAsync();
        var (clauses, etag) = await jurist.ClausesAsync(id);
        var clauseId = ClausesClient.PlainMember(clauses).GetProperty("id").GetString()!;
        using var outsider = fixture.Host.CreateClient(TestPerson.ErasmusZorg);
        using var zorg = fixture.Host.CreateClient(TestPerson.LaurensZorg);
        using var juristSignedInAsZorg = fixture.Host.CreateClient(TestPerson.Jurist.SignedInAs("zorg"));

        using var outsiderReads = await outsider.GetAsync($"/api/agreements/{id}/clauses");
        using var outsiderEdits = await outsider.EditClauseAsync(id, clauseId, "Tekst.", Reason, etag);
        using var outsiderRestores = await outsider.RestoreClauseAsync(id, clauseId, etag);
        using var zorgReads = await zorg.GetAsync($"/api/agreements/{id}/clauses");
        using var zorgEdits = await zorg.EditClauseAsync(id, clauseId, "Tekst.", Reason, etag);
        using var wrongSignIn = await juristSignedInAsZorg.EditClauseAsync(id, clauseId, "Tekst.", Reason, etag);
        using var ownerEdits = await owner.EditClauseAsync(id, clauseId, "Tekst van de eigenaar.", Reason, etag);

        foreach (var response in new[] { outsiderReads, outsiderEdits, outsiderRestores })
        {
            Assert.Equal(Messages.AgreementNotFoundTitle, await AssertProblemAsync(response, HttpStatusCode.NotFound));
        }

        Assert.Equal(HttpStatusCode.OK, zorgReads.StatusCode);
        Assert.Equal(Messages.RoleForbiddenTitle, await AssertProblemAsync(zorgEdits, HttpStatusCode.Forbidden));
        Assert.Equal(Messages.RoleForbiddenTitle, await AssertProblemAsync(wrongSignIn, HttpStatusCode.Forbidden));
        Assert.Equal(Messages.SignInLacksRole("juridisch", ["zorg"]), (await wrongSignIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        await ExpectAsync(ownerEdits, HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_clause_is_404_and_an_annex_422_both_in_Dutch()
    {
        var (id, owner, jurist) = await AgreementAsync();
        var (_, etag) = await jurist.ClausesAsync(id);
        var annex = ClauseReader.Read(await DraftMarkdownAsync(owner, id)).First(clause => clause.Kind == ClauseKind.Annex);

        using var unknown = await jurist.EditClauseAsync(id, "bestaat-niet", "Tekst.", Reason, etag);
        using var malformed = await jurist.EditClauseAsync(id, "Artikel 3!", "Tekst.", Reason, etag);
        using var notEdited = await jurist.RestoreClauseAsync(id, "bestaat-niet", etag);
        using var annexEdit = await jurist.EditClauseAsync(id, annex.Id, "Tekst.", Reason, etag);

        Assert.Equal(Messages.ClauseNotFoundTitle, await AssertProblemAsync(unknown, HttpStatusCode.NotFound));
        Assert.Equal(Messages.ClauseNotFoundTitle, await AssertProblemAsync(malformed, HttpStatusCode.NotFound));
        Assert.Equal(Messages.ClauseNotFoundTitle, await AssertProblemAsync(notEdited, HttpStatusCode.NotFound));
        Assert.Equal(Messages.ClauseNotEditableTitle, await AssertProblemAsync(annexEdit, HttpStatusCode.UnprocessableEntity));
        Assert.Equal(Messages.AnnexNotEditable(annex.Number), (await annexEdit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_edit_during_review_returns_the_agreement_to_concept_as_an_answer_change_does()
    {
        var (id, owner, jurist) = await AgreementAsync();
        await owner.CreateVersionAsync(id);
        await ExpectAsync(await owner.SubmitAsync(id, 1), HttpStatusCode.OK);
        var (clauses, etag) = await jurist.ClausesAsync(id);

        using var edited = await jurist.EditClauseAsync(id, ClausesClient.PlainMember(clauses).GetProperty("id").GetString()!, "Tekst.", Reason, etag);

        await ExpectAsync(edited, HttpStatusCode.OK);
        Assert.Equal("concept", await owner.StatusAsync(id));
        var log = await owner.LogAsync(id);
        Assert.Equal([Messages.LogClauseEdited, Messages.LogReturnedToConcept], log.TakeLast(2).Select(entry => entry.GetProperty("action").GetString()));
        Assert.StartsWith(Messages.ReturnedToConceptBecause(Messages.ChangedClauses, 1, [])[..^1], log[^1].GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_is_flagged_when_the_templates_write_another_text_or_a_number_it_names_moves()
    {
        var (id, owner, jurist) = await AgreementAsync();
        var (clauses, etag) = await jurist.ClausesAsync(id);
        var named = clauses.First(clause => clause.GetProperty("kind").GetString() == "lid"
            && clause.GetProperty("templateText").GetString()!.Contains("Praktijkgestuurd Leren Verpleegkunde Laurens", StringComparison.Ordinal));
        var last = clauses.Last(clause => clause.GetProperty("kind").GetString() == "artikel");
        var plain = ClausesClient.PlainMember(clauses.Where(clause => clause.GetProperty("id").GetString() != named.GetProperty("id").GetString()).ToList());
        var reference = $"artikel {last.GetProperty("number").GetString()}";
        using (var first = await jurist.EditClauseAsync(id, named.GetProperty("id").GetString()!, "Eigen tekst over de leerwerkplek.", Reason, etag))
        {
            await ExpectAsync(first, HttpStatusCode.OK);
            etag = first.Headers.ETag!.Tag;
        }

        using (var second = await jurist.EditClauseAsync(id, plain.GetProperty("id").GetString()!, $"Zie {reference} voor de slotbepalingen.", Reason, etag))
        {
            await ExpectAsync(second, HttpStatusCode.OK);
        }

        Assert.All((await owner.ClausesAsync(id)).Clauses, clause => Assert.Equal(JsonValueKind.Null, clause.GetProperty("flagged").ValueKind));

        // Another name for the workplace changes the first clause's template text; a research partner adds an article
        // before the last one, so the number the second edit names now belongs to another article.
        var answers = JsonNode.Parse(ExampleAnswers.Laurens)!.AsObject();
        answers["naam_leerwerkplek"] = "Leerafdeling Zuid";
        answers["practoraat_betrokken"] = true;
        answers["practoraat_naam"] = "Practoraat Zorg en Welzijn";
        answers["onderzoek_afspraken"] = "Studenten doen elk jaar een praktijkonderzoek op de afdeling.";
        var (_, current) = await owner.GetAgreementAsync(id);
        await ExpectAsync(await owner.SaveAnswersAsync(id, answers.ToJsonString(), current), HttpStatusCode.OK);

        var after = (await owner.ClausesAsync(id)).Clauses;
        var flaggedName = after.Single(clause => clause.GetProperty("id").GetString() == named.GetProperty("id").GetString()).GetProperty("flagged").GetString();
        var flaggedReference = after.Single(clause => clause.GetProperty("id").GetString() == plain.GetProperty("id").GetString()).GetProperty("flagged").GetString();
        Assert.StartsWith(Messages.ClauseTemplateChanged(TestPerson.Jurist.Name, "").Split(" op ")[0], flaggedName, StringComparison.Ordinal);
        Assert.Contains($"'{reference}'", flaggedReference, StringComparison.Ordinal);
        Assert.Contains(last.GetProperty("id").GetString()!, flaggedReference, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(Messages.ClauseEditInvalidTitle, await AssertProblemAsync(response, HttpStatusCode.BadRequest));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    // The draft's Markdown as it reads now: a new version, read back from the store.
    private async Task<string> DraftMarkdownAsync(HttpClient owner, string id)
    {
        var version = await owner.CreateVersionAsync(id);
        Assert.True(AgreementId.TryParse(id, out var agreementId));
        var stored = await fixture.Host.Services.GetRequiredService<VersionArchive>().ReadMarkdownAsync(agreementId, version.GetProperty("number").GetInt32());
        return stored!.Value.Markdown;
    }

    // Owner, a care organisation and a jurist; the Laurens example answers.
    private async Task<(string Id, HttpClient Owner, HttpClient Jurist)> AgreementAsync()
    {
        var owner = fixture.Host.CreateClient(TestPerson.Opleider);
        var jurist = fixture.Host.CreateClient(TestPerson.Jurist);
        var (id, etag) = await owner.CreateAsync(ExampleAnswers.Laurens);
        await ExpectAsync(await owner.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg, TestPerson.Jurist), HttpStatusCode.OK);
        return (id, owner, jurist);
    }
}
