using System.Text.Json.Nodes;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Html;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Rendering;

/// <summary>Answers are data, never markup or template code: whatever a person types reaches the document as typed.</summary>
public sealed class HostileAnswerTests
{
    private const string Example = "laurens-albeda";

    public static TheoryData<string> TextsThatLookLikeMarkup => new(
        "# kop",
        "**vet**",
        "_schuin_ en *ook schuin*",
        "<script>alert(1)</script>",
        "{{ 1 + 1 }}",
        "{% raw %} {{ include 'comparitie' }}",
        "| a | b |",
        "&amp; &lt; &#169;",
        "- geen lijst",
        "1. geen genummerde lijst",
        "a. geen lettering",
        "> geen citaat",
        "::: ondertekening",
        "[link](javascript:alert(1))",
        "`code` en ```blok```",
        "\\ backslash \\* en ~~doorgehaald~~",
        "Zorg 👩‍⚕️ met emoji 🏥",
        "מוסד בריאות – עברית en العربية");

    [Theory]
    [MemberData(nameof(TextsThatLookLikeMarkup))]
    public void Answer_ThatLooksLikeMarkup_IsShownLiterallyInTheDocument(string typed)
    {
        var answers = ExampleAnswers.With(Example, "partijen.0.naam", typed);

        var rendered = TestTemplates.Compose(answers, TestTemplates.Draft());

        using var document = new WordDocument(rendered.Docx);
        Assert.Contains(document.Paragraphs(), paragraph => paragraph.Contains(typed, StringComparison.Ordinal));
        DocxAssert.IsValid(rendered.Docx);
    }

    [Theory]
    [MemberData(nameof(TextsThatLookLikeMarkup))]
    public void Answer_ThatLooksLikeMarkup_IsShownLiterallyInThePreview(string typed)
    {
        var answers = ExampleAnswers.With(Example, "partijen.0.naam", typed);

        var html = AgreementPreview.ToHtml(TestTemplates.ComposeMarkdown(answers));

        Assert.Contains(typed, System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<strong>vet</strong>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TextsThatLookLikeMarkup))]
    public void LongAnswer_ThatLooksLikeMarkup_IsShownLiterallyInTheDocument(string typed)
    {
        var answers = ExampleAnswers.With(Example, "huidige_situatie", $"{typed}\n\nTweede alinea: {typed}");

        var rendered = TestTemplates.Compose(answers, TestTemplates.Draft());

        using var document = new WordDocument(rendered.Docx);
        Assert.Contains(typed, document.Paragraphs());
        Assert.Contains("Tweede alinea: " + typed, document.Paragraphs());
        DocxAssert.IsValid(rendered.Docx);
    }

    [Fact]
    public void TemplateCode_InAnAnswer_IsNeverExecuted()
    {
        var answers = ExampleAnswers.With(Example, "naam_leerwerkplek", "{{ partijen[1].naam }}");

        var markdown = TestTemplates.ComposeMarkdown(answers);

        Assert.Contains("{{ partijen\\[1\\].naam }}", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Samenwerkingsovereenkomst Stichting Albeda College", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void VeryLongAnswer_OfAHundredThousandCharacters_IsKeptWhole()
    {
        var typed = string.Concat(Enumerable.Repeat("Lange tekst met <tekens> & *sterren* ", 2_703))[..100_000];
        var answers = ExampleAnswers.With(Example, "huidige_situatie", typed);

        var rendered = TestTemplates.Compose(answers, TestTemplates.Draft());

        using var document = new WordDocument(rendered.Docx);
        Assert.Contains(typed.Trim(), document.Paragraphs());
        DocxAssert.IsValid(rendered.Docx);
    }

    [Fact]
    public void ControlCharacters_AreRemoved_AndTheRestOfTheAnswerKept()
    {
        var controls = string.Concat(Enumerable.Range(0, 32).Select(c => (char)c).Where(c => c is not '\t' and not '\n' and not '\v' and not '\f' and not '\r'));
        var answers = ExampleAnswers.With(Example, "partijen.0.naam", $"Stichting{controls} Laurens\uFFFE\uFFFF");

        var rendered = TestTemplates.Compose(answers, TestTemplates.Draft());

        using var document = new WordDocument(rendered.Docx);
        Assert.Contains(document.Paragraphs(), paragraph => paragraph.StartsWith("Stichting Laurens,", StringComparison.Ordinal));
        DocxAssert.IsValid(rendered.Docx);
    }

    [Fact]
    public void TabsAndLineBreaks_InAShortAnswer_BecomeSpaces_WordsStayApart()
    {
        var answers = ExampleAnswers.With(Example, "partijen.0.naam", "Stichting\tLaurens\r\nRotterdam\vZuid\fNoord");

        var markdown = TestTemplates.ComposeMarkdown(answers);

        Assert.Contains("**Stichting Laurens Rotterdam Zuid Noord**", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileTitle_IsLiteralInTheHeaderAndTheFileProperties()
    {
        const string typed = "<b>Plan</b> & {{ x }} **Zorg**";
        var answers = ExampleAnswers.With(Example, "naam_leerwerkplek", typed);

        var rendered = TestTemplates.Compose(answers, TestTemplates.Draft());

        using var document = new WordDocument(rendered.Docx);
        Assert.Equal("Samenwerkingsovereenkomst " + typed, rendered.Title);
        Assert.StartsWith("Samenwerkingsovereenkomst " + typed, document.HeaderText(), StringComparison.Ordinal);
        Assert.Equal("Samenwerkingsovereenkomst " + typed, document.CoreProperty("title"));
        DocxAssert.IsValid(rendered.Docx);
    }

    [Fact]
    public void NumberGivenAsText_ThatIsNoNumber_IsRefusedBeforeItReachesATemplate()
    {
        var answers = ExampleAnswers.With(Example, "betaaltermijn_dagen", JsonValue.Create("dertig"));

        var (markdown, errors) = Questionnaire.TestQuestionnaire.Composer.ComposeMarkdown(answers);

        Assert.Null(markdown);
        Assert.Equal("betaaltermijn_dagen", Assert.Single(errors).QuestionId);
    }
}
