using Overeenkomst.Tests.Questionnaire;
using Overeenkomst.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace Overeenkomst.Tests.ExampleAgreements;

/// <summary>Every example answers file renders to a complete, valid agreement; the text and document.xml are snapshotted.</summary>
public class ExampleAgreementTests
{
    [Fact]
    public void Examples_CoverTheFiveFormsOfTheIssue()
    {
        var names = TestTemplates.ExampleNames.ToList();

        Assert.True(names.Count >= 5);
        Assert.Contains("alliade-friesland-college-bbl-leerafdeling", names);
        Assert.Contains("erasmusmc-zadkine-hogeschool-rotterdam", names);
        Assert.Contains("antes-albeda-learning-community", names);
        Assert.Contains("interzorg-alfa-college-gildeleren", names);
        Assert.Contains("regio-amsterdam-west-leerhuis", names);
    }

    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void Example_RendersTheCompleteAgreement_AsMarkdown(string name)
    {
        var (markdown, errors) = TestQuestionnaire.Composer.ComposeMarkdown(TestTemplates.Example(name));

        Assert.Empty(errors);
        Snapshot.Match(markdown, SnapshotNameExtension.Create(name));
    }

    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void Example_RendersAValidWordDocument(string name)
    {
        var composed = TestQuestionnaire.Composer.Compose(TestTemplates.Example(name), TestTemplates.Draft());

        Assert.Empty(composed.Errors);
        DocxAssert.IsValid(composed.Agreement!.Docx);
        using var document = new WordDocument(composed.Agreement.Docx);
        Snapshot.Match(document.DocumentXml(), SnapshotNameExtension.Create(name));
    }

    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void Example_HasNoPlaceholderText(string name)
    {
        var markdown = TestQuestionnaire.Composer.ComposeMarkdown(TestTemplates.Example(name)).Markdown!;

        Assert.DoesNotContain("[", markdown.Replace("\\[", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("TODO", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("xxx", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("lorem", markdown, StringComparison.OrdinalIgnoreCase);
    }
}
