using Overeenkomst.Questionnaire.Validation;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Rendering;

/// <summary>The same answers and templates always give the same bytes, so a stored version's SHA-256 can be checked by rendering again.</summary>
public sealed class DeterminismTests
{
    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void Example_RenderedTwice_GivesIdenticalBytes(string example)
    {
        var first = TestTemplates.Compose(TestTemplates.Example(example), TestTemplates.Draft(3));
        var second = TestTemplates.Compose(TestTemplates.Example(example), TestTemplates.Draft(3));

        Assert.Equal(first.Docx, second.Docx);
        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Fact]
    public void Render_WithTemplatesLoadedAgain_GivesIdenticalBytes()
    {
        var answers = TestTemplates.Example(TestTemplates.ExampleNames.First());
        var reloaded = new AgreementComposer(new AnswerValidator(Questionnaire.TestQuestionnaire.Definition), new AgreementRenderer(TemplateSet.Load(TestTemplates.AgreementFolder)));

        Assert.Equal(
            TestTemplates.Compose(answers, TestTemplates.Draft()).Sha256,
            reloaded.Compose(answers, TestTemplates.Draft()).Agreement!.Sha256);
    }

    [Fact]
    public void Final_AndDraft_OfTheSameAnswers_Differ_OnlyBecauseOfTheMarking()
    {
        var answers = TestTemplates.Example(TestTemplates.ExampleNames.First());

        var draft = TestTemplates.Compose(answers, RenderOptions.Draft(1, TestTemplates.FixedTime, "x"));
        var final = TestTemplates.Compose(answers, RenderOptions.Final(1, TestTemplates.FixedTime, "x"));

        Assert.NotEqual(draft.Sha256, final.Sha256);
        Assert.Equal(draft.Markdown, final.Markdown);
    }
}
