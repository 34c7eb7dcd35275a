using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Questionnaire;

/// <summary>Counts come whole: with <c>"geheel": true</c> on the counts of the questionnaire, 6,5 students is refused and every example still holds.</summary>
public sealed class WholeNumberTests
{
    private static readonly AnswerChecker Checker = new(QuestionnaireLoader.Parse(ChangedQuestionnaire.WithWholeNumbers(), "geheel.json"));

    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void Every_example_is_still_valid_with_the_counts_flagged_whole(string example)
    {
        var check = Checker.Check(TestQuestionnaire.Parse(TestTemplates.ExampleJson(example)));

        Assert.Empty(check.Validation.Errors);
    }

    [Theory]
    [InlineData("opleidingen", "aantal_studenten", "opleidingen[0].aantal_studenten")]
    [InlineData("rollen", "aantal", "rollen[0].aantal")]
    [InlineData(null, "studenten_per_afdeling", "studenten_per_afdeling")]
    [InlineData(null, "opzegtermijn_maanden", "opzegtermijn_maanden")]
    public void A_fraction_of_a_count_is_refused_saying_what_was_given(string? group, string id, string path)
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        var owner = group is null ? answers : answers[group]![0]!.AsObject();
        owner[id] = JsonValue.Create(6.5m);

        var errors = Checker.Check(TestQuestionnaire.Parse(answers)).Validation.ErrorsById();

        Assert.Equal(["U gaf 6,5; hier hoort een heel getal, zoals 6."], errors[path]);
    }

    [Fact]
    public void The_questionnaire_document_says_which_numbers_are_whole()
    {
        var document = QuestionnaireDocument.From(QuestionnaireLoader.Parse(ChangedQuestionnaire.WithWholeNumbers(), "geheel.json"), TestQuestionnaire.Quality);

        var students = document.Sections.SelectMany(s => s.Questions).Single(q => q.Id == "opleidingen").Questions!.Single(q => q.Id == "aantal_studenten");
        var hours = document.Sections.SelectMany(s => s.Questions).Single(q => q.Id == "docent_uren_op_locatie");
        Assert.True(students.WholeNumber);
        Assert.False(hours.WholeNumber);
    }
}
