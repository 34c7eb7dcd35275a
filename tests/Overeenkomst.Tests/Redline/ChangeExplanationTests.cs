using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Clauses;
using Overeenkomst.Agreements.Comparing;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Redline;
using Overeenkomst.Storage;
using Overeenkomst.Tests.Questionnaire;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Redline;

/// <summary>
/// Every changed article of the comparison of two versions of every example names what changed it: the answers whose
/// values differ and that the article's templates read, or the clause edit with its author and reason; only a change
/// that is nothing but other numbers is put down to the renumbering.
/// </summary>
public sealed class ChangeExplanationTests : IDisposable
{
    private const string Reason = "Afgestemd met de jurist van de zorgorganisatie.";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("vergelijken-");

    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void Each_changed_article_names_the_answers_or_the_edit_that_changed_it(string example)
    {
        var versions = ExampleVersions.Of(example);

        var comparison = Compare(versions);

        var changed = comparison.Redline.Changed.ToList();
        Assert.NotEmpty(changed);
        foreach (var section in changed)
        {
            var reasons = comparison.Reasons[section];
            Assert.NotEmpty(reasons);
            if (section.OnlyNumbersDiffer)
            {
                Assert.Equal([Messages.ExplainRenumbered], reasons);
            }
            else
            {
                Assert.False(reasons.Contains(Messages.ExplainRenumbered), $"{section.Key} changed with more than numbers, and no answer or edit explains it");
            }
        }

        Assert.Contains(Messages.ExplainEdit(versions.EditedArticle, "mr. Sanne Dekker", "s.dekker@laurens.example", Reason), Reasons(comparison, versions.EditedArticle));
        Assert.Contains(Messages.ExplainEdit(versions.EditedMember, "mr. Sanne Dekker", "s.dekker@laurens.example", Reason),
            Reasons(comparison, ClauseIdsOf(versions.EditedMember)));
        var opening = Reasons(comparison, RedlineSections.Opening);
        Assert.Contains(opening, reason => reason.StartsWith(Messages.AnswerChanged(Label("naam_leerwerkplek"), "", "")[..^4], StringComparison.Ordinal)
            && reason.EndsWith(" Zuid”", StringComparison.Ordinal));
        Assert.Contains(opening, reason => reason.Contains(Label("partijen"), StringComparison.Ordinal) && reason.EndsWith("“mevrouw mr. A. de Wit”", StringComparison.Ordinal));
        Assert.Contains(changed, section => comparison.Reasons[section].Any(reason => reason.EndsWith("“Twee keer per jaar” → “Vier keer per jaar”", StringComparison.Ordinal)));
        var powersAnnex = Assert.Single(changed, section => section.Change is SectionChange.Inserted or SectionChange.Deleted);
        Assert.Equal("bijlage-volmachten", powersAnnex.ClauseId);
        Assert.Contains(comparison.Reasons[powersAnnex], reason => reason.StartsWith($"Antwoord op '{Label("partijen")} —", StringComparison.Ordinal));
    }

    [Fact]
    public void Reasons_do_not_list_answers_an_article_does_not_read()
    {
        var versions = ExampleVersions.Of(TestTemplates.ExampleNames.First());

        var comparison = Compare(versions);

        var edited = Reasons(comparison, versions.EditedArticle);
        Assert.DoesNotContain(edited, reason => reason.Contains("Vier keer per jaar", StringComparison.Ordinal));
        Assert.DoesNotContain(edited, reason => reason.Contains(Label("partijen"), StringComparison.Ordinal));
    }

    [Fact]
    public void A_change_no_answer_or_edit_explains_is_put_down_to_the_new_template_version()
    {
        var versions = ExampleVersions.Of(TestTemplates.ExampleNames.First());
        var older = Version(versions.Older, versions.OlderAnswers, [], 1);
        var touched = versions.Older.Markdown.Replace("Partijen", "De partijen", StringComparison.Ordinal);
        var newer = older with { Markdown = touched, Version = older.Version with { Number = 2, TemplateVersion = "nieuwesjabl" } };

        var comparison = Comparer().Compare(older, newer);

        Assert.All(comparison.Redline.Changed, section => Assert.Equal([Messages.ExplainTemplateVersion(older.Version.TemplateVersion, "nieuwesjabl")],
            comparison.Reasons[section]));
    }

    private Comparison Compare(ExampleVersions versions)
    {
        var edits = versions.Edits.Select(edit => new ClauseEdit(edit.Key, edit.Value, Reason, "s.dekker@laurens.example", "mr. Sanne Dekker",
            ExampleVersions.NewerTime, "")).ToList();
        return Comparer().Compare(Version(versions.Older, versions.OlderAnswers, [], 1), Version(versions.Newer, versions.NewerAnswers, edits, 2));
    }

    private VersionComparer Comparer()
    {
        var store = new FolderStore(folder.FullName);
        return new(new VersionArchive(store, TestQuestionnaire.Composer, new TemplateArchive(store, TestTemplates.Renderer), TimeProvider.System),
            TestQuestionnaire.Validator, TestTemplates.Set, TestQuestionnaire.Composer);
    }

    private static ComparedVersion Version(RenderedAgreement rendered, Overeenkomst.Questionnaire.Answers answers, IReadOnlyList<ClauseEdit> edits, int number) =>
        new(new VersionRecord(number, VersionRecord.Concept, rendered.Sha256, rendered.TemplateVersion, TestTemplates.FixedTime, "test@albeda.example", rendered.Title),
            rendered.Markdown, answers.Root, edits, "Test");

    private static IReadOnlyList<string> Reasons(Comparison comparison, string key) =>
        comparison.Reasons[comparison.Redline.Sections.Single(section => section.Key == key)];

    private static string ClauseIdsOf(string member) => global::Overeenkomst.Rendering.Clauses.ClauseIds.ArticleOf(member)!;

    private static string Label(string question) => TestQuestionnaire.Definition.Questions[question].Label;

    public void Dispose() => folder.Delete(recursive: true);
}
