using Overeenkomst.Tests.Questionnaire;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.ExampleAgreements;

/// <summary>Answers to questions that are hidden for these answers never reach the document.</summary>
public class HiddenAnswerTests
{
    [Fact]
    public void StaleAnswersToHiddenQuestions_AreAbsentFromTheDocument()
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        answers["bbl_werkgever"] = "VERBORGEN-BBL-WERKGEVER";           // no BBL programme
        answers["lectoraat_naam"] = "VERBORGEN-LECTORAAT";              // no hbo programme
        answers["verwerker"] = "VERBORGEN-VERWERKER";                   // nobody processes for another
        answers["vorm_anders"] = "VERBORGEN-VORM";                      // a listed form was chosen
        answers["partijen"]![0]!["brin"] = "99ZZ";                      // Laurens is not a school

        var composed = TestQuestionnaire.Composer.Compose(TestQuestionnaire.Parse(answers), TestTemplates.Draft());

        Assert.Empty(composed.Errors);
        DocxAssert.IsValid(composed.Agreement!.Docx);
        foreach (var text in new[] { composed.Agreement.Markdown, new WordDocument(composed.Agreement.Docx).Text() })
        {
            Assert.DoesNotContain("VERBORGEN", text, StringComparison.Ordinal);
            Assert.DoesNotContain("99ZZ", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void InvalidAnswers_AreRefused_WithErrorsPerQuestionId_AndNoDocument()
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        answers["partijen"]![0]!["postcode"] = "0123 AB";
        answers.Remove("visie");

        var composed = TestQuestionnaire.Composer.Compose(TestQuestionnaire.Parse(answers), TestTemplates.Draft());

        Assert.Null(composed.Agreement);
        Assert.Equal(["partijen[0].postcode", "visie"], composed.Errors.Select(e => e.QuestionId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnswerWithMarkup_IsShownLiterally()
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        answers["visie"] = "**Samen** {{ partijen }} <b>leren</b> | 1. niet genummerd";

        var markdown = TestQuestionnaire.Composer.ComposeMarkdown(TestQuestionnaire.Parse(answers)).Markdown!;
        var composed = TestQuestionnaire.Composer.Compose(TestQuestionnaire.Parse(answers), TestTemplates.Draft());

        Assert.Contains("\\*\\*Samen\\*\\*", markdown, StringComparison.Ordinal);
        Assert.Contains("**Samen** {{ partijen }} <b>leren</b> | 1. niet genummerd", new WordDocument(composed.Agreement!.Docx).Text(), StringComparison.Ordinal);
    }
}
