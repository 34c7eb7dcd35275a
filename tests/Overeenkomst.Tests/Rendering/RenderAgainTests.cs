using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Rendering;

/// <summary>
/// What a version keeps is enough to make its bytes again: the model the templates saw (as JSON), the template texts
/// (as kept in the store) and the laid-out text (which a final is written from).
/// </summary>
public sealed class RenderAgainTests
{
    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void The_kept_model_renders_the_same_bytes_as_the_answers_it_was_prepared_from(string example)
    {
        var answers = TestTemplates.Example(example);
        var model = Questionnaire.TestQuestionnaire.Composer.Prepare(answers).Model!.Value;

        var kept = TemplateModel.Of(model.Values());
        var fromAnswers = TestTemplates.Compose(answers, TestTemplates.Draft(2));
        var fromModel = TestTemplates.Renderer.Render(kept.Values(), TestTemplates.Draft(2));

        Assert.Equal(fromAnswers.Sha256, fromModel.Sha256);
        Assert.Equal(model.Json.GetRawText(), kept.Json.GetRawText());
    }

    [Fact]
    public void A_template_set_made_from_its_own_texts_has_the_same_version_and_renders_the_same_bytes()
    {
        var again = TemplateSet.FromSources("templates/kept/", TestTemplates.Set.Sources);
        var answers = TestTemplates.Example(TestTemplates.ExampleNames.First());

        var model = Questionnaire.TestQuestionnaire.Composer.Prepare(answers).Model!.Value.Values();
        Assert.Equal(TestTemplates.Set.Version, again.Version);
        Assert.Equal(TestTemplates.Renderer.Render(model, TestTemplates.Draft()).Sha256, new AgreementRenderer(again).Render(model, TestTemplates.Draft()).Sha256);
    }

    [Fact]
    public void A_changed_template_text_is_another_version()
    {
        var sources = TestTemplates.Set.Sources.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        sources["artikelen/geheimhouding"] += "\nEen zin erbij.\n";

        Assert.NotEqual(TestTemplates.Set.Version, TemplateSet.FromSources("gewijzigd", sources).Version);
    }

    [Fact]
    public void A_laid_out_text_written_as_a_final_is_the_final_a_render_makes_of_the_same_answers()
    {
        var answers = TestTemplates.Example(TestTemplates.ExampleNames.First());
        var final = RenderOptions.Final(4, TestTemplates.FixedTime, "mr. Jurist");
        var draft = TestTemplates.Compose(answers, TestTemplates.Draft(3));

        var written = TestTemplates.Renderer.Write(draft.Markdown, final, TestTemplates.Set.Version);

        Assert.Equal(TestTemplates.Compose(answers, final).Sha256, written.Sha256);
        Assert.Equal(draft.Markdown, written.Markdown);
        DocxAssert.IsValid(written.Docx);
    }

    [Fact]
    public void The_renderer_build_is_twelve_hex_digits_like_a_template_version()
    {
        Assert.Matches("^[0-9a-f]{12}$", RendererBuild.Current);
    }
}
