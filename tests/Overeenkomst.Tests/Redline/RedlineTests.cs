using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Rendering.Docx;
using Overeenkomst.Rendering.Redline;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Redline;

/// <summary>
/// The redline of two versions of every example: the Word file with tracked changes holds exactly both versions' text
/// (accept all → the newer, reject all → the older), passes the validator, and the HTML shows what changed first.
/// </summary>
public sealed class RedlineTests
{
    private static readonly DocumentInfo Info = new("Vergelijking", "Test Jurist", ExampleVersions.NewerTime, "VERGELIJKING — versie 1 en 2", 2, "test");

    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void Accepting_every_change_gives_the_newer_version_and_rejecting_every_change_the_older(string example)
    {
        var versions = ExampleVersions.Of(example);

        var docx = RedlineDocx.Write(RedlineBuilder.Compare(versions.Older.Markdown, versions.Newer.Markdown), Explain, Info, "Test Jurist", ExampleVersions.NewerTime);

        DocxAssert.IsValid(docx);
        var (insertions, deletions) = TrackedChangesXml.Count(docx);
        Assert.True(insertions > 0 && deletions > 0, $"{insertions} insertions, {deletions} deletions");
        Assert.Equal(TrackedChangesXml.Paragraphs(versions.Newer.Docx), TrackedChangesXml.Accepted(docx));
        Assert.Equal(TrackedChangesXml.Paragraphs(versions.Older.Docx), TrackedChangesXml.Rejected(docx));
    }

    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void A_version_compared_with_itself_has_no_changes(string example)
    {
        var versions = ExampleVersions.Of(example);

        var redline = RedlineBuilder.Compare(versions.Newer.Markdown, versions.Newer.Markdown);
        var docx = RedlineDocx.Write(redline, Explain, Info, "Test Jurist", ExampleVersions.NewerTime);

        Assert.Empty(redline.Changed);
        Assert.Equal((0, 0), TrackedChangesXml.Count(docx));
        Assert.Equal(TrackedChangesXml.Paragraphs(versions.Newer.Docx), TrackedChangesXml.Paragraphs(docx));
        DocxAssert.IsValid(docx);
    }

    [Fact]
    public void The_sections_are_aligned_by_clause_id_and_the_edited_ones_changed()
    {
        var versions = ExampleVersions.Of(TestTemplates.ExampleNames.First());

        var redline = RedlineBuilder.Compare(versions.Older.Markdown, versions.Newer.Markdown);

        Assert.Equal(SectionChange.Changed, redline.Sections.Single(section => section.Key == versions.EditedArticle).Change);
        Assert.Equal(SectionChange.Changed, redline.Sections.Single(section => section.ClauseId is { } id && versions.EditedMember.StartsWith(id + ".", StringComparison.Ordinal)).Change);
        Assert.Contains(redline.Sections, section => section.Change is SectionChange.Inserted or SectionChange.Deleted && section.Kind == ClauseKind.Annex);
        Assert.Equal(redline.Sections.Select(section => section.Key).Distinct().Count(), redline.Sections.Count);
    }

    [Fact]
    public void The_HTML_shows_the_changed_sections_first_with_their_reasons_and_folds_the_unchanged_ones()
    {
        var versions = ExampleVersions.Of(TestTemplates.ExampleNames.First());

        var html = RedlineHtml.Write(RedlineBuilder.Compare(versions.Older.Markdown, versions.Newer.Markdown), section => [$"reden bij {section.Key} <b>"]);

        var firstChange = html.IndexOf("<section class=\"wijziging\"", StringComparison.Ordinal);
        var firstFolded = html.IndexOf("<details class=\"ongewijzigd\"", StringComparison.Ordinal);
        Assert.True(firstChange > 0 && firstFolded > firstChange);
        Assert.Contains($"id=\"wijziging-{versions.EditedArticle}\"", html, StringComparison.Ordinal);
        Assert.Contains($"reden bij {versions.EditedArticle} &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<ins>Vier</ins>", html, StringComparison.Ordinal);
        Assert.Contains("<del>Twee</del>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"ingevoegd\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ins></ins>", html, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Explain(RedlineSection section) => [$"Gewijzigd: {section.Heading}"];
}
