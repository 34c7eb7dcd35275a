using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Clauses;
using Overeenkomst.Functions.Tests.Review;
using Overeenkomst.Tests.Support;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;

namespace Overeenkomst.Functions.Tests.Comparing;

/// <summary>Comparing two versions through HTTP: the redline page and the Word file with tracked changes, each changed article with what changed it.</summary>
public sealed class CompareVersionsTests(ReviewHost fixture) : IClassFixture<ReviewHost>
{
    private const string Reason = "De raad van bestuur wil één aanspreekpunt.";

    [Fact]
    public async Task The_page_shows_each_changed_article_first_with_the_answers_and_the_edit_that_changed_it()
    {
        var (id, owner, member) = await TwoVersionsAsync();

        using var response = await owner.GetAsync($"/api/agreements/{id}/versions/1/compare/2");

        await ExpectAsync(response, HttpStatusCode.OK);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<del>Twee</del><ins>Vier</ins> keer per jaar", page, StringComparison.Ordinal);
        Assert.Contains("“Twee keer per jaar” → “Vier keer per jaar”", page, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Messages.ExplainEdit(member, TestPerson.Jurist.Name, TestPerson.Jurist.Email, Reason)), page, StringComparison.Ordinal);
        Assert.Contains("Eén aanspreekpunt voor alle vragen.", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("class=\"wijziging\"", StringComparison.Ordinal) < page.IndexOf("class=\"ongewijzigd\"", StringComparison.Ordinal));
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Word_file_has_tracked_changes_by_the_author_of_the_newer_version_whose_acceptance_gives_it_and_rejection_the_older()
    {
        var (id, owner, _) = await TwoVersionsAsync();

        using var response = await owner.GetAsync($"/api/agreements/{id}/versions/1/compare/2/document");

        await ExpectAsync(response, HttpStatusCode.OK);
        Assert.Equal("Samenwerkingsovereenkomst Praktijkgestuurd Leren Verpleegkunde Laurens - versie 1 tegen 2.docx",
            response.Content.Headers.ContentDisposition!.FileNameStar);
        var docx = await response.Content.ReadAsByteArrayAsync();
        DocxAssert.IsValid(docx);
        var older = await owner.GetByteArrayAsync($"/api/agreements/{id}/versions/1/document");
        var newer = await owner.GetByteArrayAsync($"/api/agreements/{id}/versions/2/document");
        Assert.Equal(TrackedChangesXml.Paragraphs(newer), TrackedChangesXml.Accepted(docx));
        Assert.Equal(TrackedChangesXml.Paragraphs(older), TrackedChangesXml.Rejected(docx));

        var versions = await owner.GetFromJsonAsync<JsonArray>($"/api/agreements/{id}/versions");
        var madeAt = DateTimeOffset.Parse(versions![1]!["createdAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var document = Part(docx, "word/document.xml");
        var w = (XNamespace)"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var changes = document.Descendants(w + "ins").Concat(document.Descendants(w + "del")).ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, change => Assert.Equal(TestPerson.Opleider.Name, change.Attribute(w + "author")!.Value));
        Assert.All(changes, change => Assert.Equal(madeAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            change.Attribute(w + "date")!.Value));
        var comments = Part(docx, "word/comments.xml").Descendants(w + "comment").Select(comment => comment.Value).ToList();
        Assert.Contains(comments, comment => comment.Contains("“Twee keer per jaar” → “Vier keer per jaar”", StringComparison.Ordinal));
        Assert.Contains(comments, comment => comment.Contains(Reason, StringComparison.Ordinal));
        Assert.Equal(comments.Count, document.Descendants(w + "commentReference").Count());
    }

    [Fact]
    public async Task A_version_compared_with_itself_has_no_changes_and_a_missing_version_or_an_outsider_gets_404()
    {
        var (id, owner, _) = await TwoVersionsAsync();
        using var outsider = fixture.Host.CreateClient(TestPerson.ErasmusZorg);
        using var zorg = fixture.Host.CreateClient(TestPerson.LaurensZorg);

        var same = await owner.GetStringAsync($"/api/agreements/{id}/versions/2/compare/2");
        using var missing = await owner.GetAsync($"/api/agreements/{id}/versions/1/compare/7");
        using var missingDocument = await owner.GetAsync($"/api/agreements/{id}/versions/7/compare/1/document");
        using var hidden = await outsider.GetAsync($"/api/agreements/{id}/versions/1/compare/2");
        using var hiddenDocument = await outsider.GetAsync($"/api/agreements/{id}/versions/1/compare/2/document");
        using var reviewer = await zorg.GetAsync($"/api/agreements/{id}/versions/1/compare/2/document");

        Assert.Contains(System.Net.WebUtility.HtmlEncode(Messages.RedlineSummary(0, 1))[..30], same, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"wijziging\"", same, StringComparison.Ordinal);
        Assert.Equal(Messages.VersionNotFoundTitle, await AssertProblemAsync(missing, HttpStatusCode.NotFound));
        Assert.Equal(Messages.VersionNotFoundTitle, await AssertProblemAsync(missingDocument, HttpStatusCode.NotFound));
        Assert.Equal(Messages.AgreementNotFoundTitle, await AssertProblemAsync(hidden, HttpStatusCode.NotFound));
        Assert.Equal(Messages.AgreementNotFoundTitle, await AssertProblemAsync(hiddenDocument, HttpStatusCode.NotFound));
        Assert.Equal(HttpStatusCode.OK, reviewer.StatusCode);
    }

    [Fact]
    public async Task The_current_draft_compared_with_a_version_shows_what_the_next_version_would_change()
    {
        var (id, owner, member) = await TwoVersionsAsync();
        using var jurist = fixture.Host.CreateClient(TestPerson.Jurist);
        var (clauses, etag) = await jurist.ClausesAsync(id);
        var other = ClausesClient.PlainMember([.. clauses.Where(clause => clause.GetProperty("id").GetString() != member)]).GetProperty("id").GetString()!;
        await ExpectAsync(await jurist.EditClauseAsync(id, other, "Een nieuwe afspraak van de jurist.", Reason, etag), HttpStatusCode.OK);

        using var response = await owner.GetAsync($"/api/agreements/{id}/versions/2/compare/concept");
        using var missing = await owner.GetAsync($"/api/agreements/{id}/versions/9/compare/concept");

        await ExpectAsync(response, HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Een nieuwe afspraak van de jurist.", page, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Messages.ExplainEdit(other, TestPerson.Jurist.Name, TestPerson.Jurist.Email, Reason)), page, StringComparison.Ordinal);
        Assert.DoesNotContain("Vier keer per jaar”", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(new[] { 1, 2 }, await owner.VersionNumbersAsync(id));
    }

    // Version 1 from the Laurens example; then a meeting's frequency changes and the jurist rewrites a member: version 2.
    private async Task<(string Id, HttpClient Owner, string EditedMember)> TwoVersionsAsync()
    {
        var owner = fixture.Host.CreateClient(TestPerson.Opleider);
        using var jurist = fixture.Host.CreateClient(TestPerson.Jurist);
        var (id, etag) = await owner.CreateAsync(ExampleAnswers.Laurens);
        await ExpectAsync(await owner.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg, TestPerson.Jurist), HttpStatusCode.OK);
        await owner.CreateVersionAsync(id);

        var answers = JsonNode.Parse(ExampleAnswers.Laurens)!.AsObject();
        answers["overleggen"]![0]!["frequentie"] = "Vier keer per jaar";
        var (_, current) = await owner.GetAgreementAsync(id);
        await ExpectAsync(await owner.SaveAnswersAsync(id, answers.ToJsonString(), current), HttpStatusCode.OK);
        var (clauses, clauseETag) = await jurist.ClausesAsync(id);
        var member = ClausesClient.PlainMember(clauses).GetProperty("id").GetString()!;
        await ExpectAsync(await jurist.EditClauseAsync(id, member, "Eén aanspreekpunt voor alle vragen.", Reason, clauseETag), HttpStatusCode.OK);
        await owner.CreateVersionAsync(id);
        return (id, owner, member);
    }

    private static XDocument Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }
}
