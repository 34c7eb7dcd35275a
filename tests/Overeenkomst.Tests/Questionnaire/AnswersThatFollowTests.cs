using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire.Definition;

namespace Overeenkomst.Tests.Questionnaire;

/// <summary>An answer that follows from another ("standaard_uit") need not be typed, and can still be given.</summary>
public sealed class AnswersThatFollowTests
{
    [Fact]
    public void An_empty_statutory_seat_is_the_place_of_the_address()
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        var party = answers["partijen"]![0]!.AsObject();
        party.Remove("vestigingsplaats");
        party["plaats"] = "Schiedam";

        var result = TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse(answers));

        Assert.Empty(result.Validation.Errors);
        Assert.Equal("Schiedam", result.Validation.Prepared["partijen"]![0]!["vestigingsplaats"]!.GetValue<string>());
    }

    [Fact]
    public void A_statutory_seat_that_is_given_is_kept()
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        answers["partijen"]![0]!["vestigingsplaats"] = "Den Haag";

        var prepared = TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse(answers)).Validation.Prepared;

        Assert.Equal("Den Haag", prepared["partijen"]![0]!["vestigingsplaats"]!.GetValue<string>());
    }

    [Fact]
    public void Without_either_the_statutory_seat_is_still_required()
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        var party = answers["partijen"]![0]!.AsObject();
        party.Remove("vestigingsplaats");
        party.Remove("plaats");

        var errors = TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse(answers)).Validation.ErrorsById();

        Assert.True(errors.ContainsKey("partijen[0].vestigingsplaats"));
        Assert.True(errors.ContainsKey("partijen[0].plaats"));
    }

    [Fact]
    public void A_default_taken_from_a_question_that_does_not_exist_stops_loading()
    {
        var problem = Assert.Throws<QuestionnaireDefinitionException>(() => TestQuestionnaire.Define(
            """{ "id": "zetel", "type": "tekst", "label": "Zetel", "hulp": "h", "standaard_uit": "plaatss" }"""));

        Assert.Contains("'plaatss'", problem.Message, StringComparison.Ordinal);
    }
}
