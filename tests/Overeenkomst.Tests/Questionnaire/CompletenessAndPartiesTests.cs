using Overeenkomst.Questionnaire.Definition;

namespace Overeenkomst.Tests.Questionnaire;

/// <summary>What the check tells the form: how complete a section honestly is, which questions name a party, and labels, not ids.</summary>
public sealed class CompletenessAndPartiesTests
{
    [Fact]
    public void A_finding_that_waits_for_answers_names_the_questions_by_their_label_and_lists_their_ids_for_links()
    {
        var q1 = TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse("{}")).Findings.Single(f => f.RuleId == "Q1");

        Assert.Contains("'Hoeveel studenten leren er tegelijk per afdeling?'", q1.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("studenten_per_afdeling", q1.Explanation, StringComparison.Ordinal);
        Assert.Equal(["studenten_per_afdeling"], q1.Missing);
    }

    [Fact]
    public void A_section_reads_100_percent_only_when_no_error_is_left_cross_field_rules_included()
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        Assert.Equal(100, Section(answers, "rollen").Percentage);

        answers["rollen"]![0]!["partij"] = "Zadkine";
        var roles = Section(answers, "rollen");

        Assert.Equal(roles.Required, roles.Answered + 1);
        Assert.Equal(1, roles.Errors);
        Assert.True(roles.Percentage < 100);
    }

    [Fact]
    public void An_optional_answer_that_is_wrong_is_an_error_of_its_section_not_one_more_question_to_count()
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        var before = Section(answers, "ondertekening");

        answers["aantal_exemplaren"] = "twee,";
        var typing = Section(answers, "ondertekening");

        Assert.Equal(before.Required, typing.Required);
        Assert.Equal(before.Answered, typing.Answered);
        Assert.Equal(1, typing.Errors);
        Assert.Equal(99, typing.Percentage);
    }

    [Fact]
    public void The_questions_that_name_a_party_are_the_ones_the_definition_marks_as_partij()
    {
        var marked = Marked(TestQuestionnaire.Definition.Sections.SelectMany(s => s.Questions), string.Empty).ToList();

        Assert.Equal(
            ["doelen[].eigenaar", "rollen[].partij", "bbl_werkgever", "detacheringen[].van", "detacheringen[].naar", "faciliteiten[].partij",
             "begroting[].verdeling[].partij", "monitoring_verantwoordelijke", "verwerker", "verwerkingsverantwoordelijke"],
            marked);
    }

    [Fact]
    public void Any_question_marked_partij_must_name_a_party_wherever_it_stands()
    {
        var definition = TestQuestionnaire.Define(
            """{ "id": "partijen", "type": "groep", "label": "Partijen", "hulp": "h", "vragen": [ { "id": "korte_naam", "type": "tekst", "label": "Korte naam", "hulp": "h" } ] }""",
            """{ "id": "trekker", "type": "partij", "label": "Wie trekt?", "hulp": "h" }""",
            """{ "id": "taken", "type": "groep", "label": "Taken", "hulp": "h", "vragen": [ { "id": "door", "type": "partij", "label": "Door", "hulp": "h" } ] }""");
        var checker = new Overeenkomst.Checking.AnswerChecker(definition);

        var result = checker.Check(TestQuestionnaire.Parse("""{ "partijen": [ { "korte_naam": "Laurens" } ], "trekker": "Lauren", "taken": [ { "door": "Laurens" }, { "door": "Albeda" } ] }"""));

        // (The rule that asks for a care organisation and a school speaks about "partijen" itself.)
        Assert.Equal(["trekker", "taken[1].door"], result.Validation.Errors.Select(e => e.QuestionId).Where(id => id != "partijen"));
    }

    private static Overeenkomst.Questionnaire.Validation.SectionCompleteness Section(System.Text.Json.Nodes.JsonObject answers, string id) =>
        TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse(answers)).Validation.Sections.Single(s => s.SectionId == id);

    private static IEnumerable<string> Marked(IEnumerable<QuestionDefinition> questions, string prefix) =>
        questions.SelectMany(q => q.Type switch
        {
            QuestionType.Party => [prefix + q.Id],
            QuestionType.Group => Marked(q.Questions, $"{prefix}{q.Id}[]."),
            _ => [],
        });
}
