using Overeenkomst.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace Overeenkomst.Tests.Rendering;

/// <summary>Every example in templates/examples renders to the agreement we reviewed: its text and its Word XML.</summary>
public sealed class ExampleAgreementTests
{
    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void Example_RendersToTheReviewedMarkdown(string example)
    {
        var markdown = TestTemplates.Renderer.RenderMarkdown(TestTemplates.Example(example));

        Snapshot.Match(markdown, SnapshotNameExtension.Create(example));
    }

    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void Example_RendersToTheReviewedDocumentXml(string example)
    {
        var rendered = TestTemplates.Renderer.Render(TestTemplates.Example(example), TestTemplates.Draft());

        using var document = new WordDocument(rendered.Docx);
        Snapshot.Match(document.DocumentXml(), SnapshotNameExtension.Create(example));
    }

    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void Example_IsAValidWordDocument(string example)
    {
        var rendered = TestTemplates.Renderer.Render(TestTemplates.Example(example), TestTemplates.Draft());

        DocxAssert.IsValid(rendered.Docx);
    }

    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void Example_RenderedTwice_GivesIdenticalBytes(string example)
    {
        var first = TestTemplates.Renderer.Render(TestTemplates.Example(example), TestTemplates.Draft(3));
        var second = TestTemplates.Renderer.Render(TestTemplates.Example(example), TestTemplates.Draft(3));

        Assert.Equal(first.Docx, second.Docx);
        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Fact]
    public void Render_WithAnotherRenderer_OverTheSameTemplates_GivesIdenticalBytes()
    {
        var answers = TestTemplates.Example(TestTemplates.ExampleNames.First());
        var fresh = new Overeenkomst.Rendering.AgreementRenderer(Overeenkomst.Rendering.Templates.TemplateSet.Load(TestTemplates.AgreementFolder));

        Assert.Equal(
            TestTemplates.Renderer.Render(answers, TestTemplates.Draft()).Sha256,
            fresh.Render(answers, TestTemplates.Draft()).Sha256);
    }
}
