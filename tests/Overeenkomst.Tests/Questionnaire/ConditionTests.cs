using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Tests.Questionnaire;

public class ConditionTests
{
    private static readonly Overeenkomst.Questionnaire.Definition.QuestionnaireDefinition BblDefinition = TestQuestionnaire.Define(
        """{ "id": "bbl", "type": "ja_nee", "label": "BBL?", "hulp": "Waarom.", "verplicht": true }""",
        """{ "id": "werkgever", "type": "tekst", "label": "Werkgever", "hulp": "Waarom.", "verplicht": true, "zichtbaar_als": "bbl" }""",
        """{ "id": "leertijd", "type": "getal", "label": "Leertijd", "hulp": "Waarom.", "verplicht": true, "zichtbaar_als": "werkgever != null" }""");

    private static AnswerEvaluation Validate(string json) => new AnswerValidator(BblDefinition).Validate(TestQuestionnaire.Parse(json));

    [Fact]
    public void ConditionMet_QuestionIsVisible_AndRequired()
    {
        var evaluation = Validate("""{ "bbl": true }""");

        Assert.Contains("werkgever", evaluation.VisibleQuestionIds);
        Assert.Equal(["Deze vraag is verplicht."], TestQuestionnaire.ErrorsFor(evaluation, "werkgever"));
    }

    [Fact]
    public void HiddenQuestion_IsNeverRequired()
    {
        var evaluation = Validate("""{ "bbl": false }""");

        Assert.DoesNotContain("werkgever", evaluation.VisibleQuestionIds);
        Assert.Empty(evaluation.Errors);
    }

    [Fact]
    public void HiddenQuestion_StaleAnswer_IsDroppedFromThePreparedAnswers()
    {
        var evaluation = Validate("""{ "bbl": false, "werkgever": "Laurens", "leertijd": 4 }""");

        Assert.Null(evaluation.Prepared["werkgever"]);
        Assert.Null(evaluation.Prepared["leertijd"]);
    }

    [Fact]
    public void AnAnswerGivenTwice_CountsWithItsLastValue_ForTheConditionAndTheAgreementAlike()
    {
        var evaluation = Validate("""{ "bbl": false, "werkgever": "Eerste", "bbl": true, "werkgever": "Laurens" }""");

        Assert.Contains("werkgever", evaluation.VisibleQuestionIds);
        Assert.Equal("Laurens", evaluation.Prepared["werkgever"]!.GetValue<string>());
    }

    [Fact]
    public void HiddenQuestion_HidesTheQuestionsThatDependOnIt()
    {
        // leertijd depends on werkgever, which is hidden: its stale answer must not keep leertijd visible.
        var evaluation = Validate("""{ "bbl": false, "werkgever": "Laurens" }""");

        Assert.DoesNotContain("leertijd", evaluation.VisibleQuestionIds);
        Assert.Empty(evaluation.Errors);
    }

    [Fact]
    public void HiddenQuestion_InvalidStaleAnswer_IsNotReported()
    {
        var evaluation = Validate("""{ "bbl": false, "werkgever": 42 }""");

        Assert.Empty(evaluation.Errors);
    }

    [Fact]
    public void GroupMemberCondition_ReadsItsOwnItem()
    {
        var parties = TestQuestionnaire.ExampleObject("laurens-albeda");
        parties["partijen"]![0]!["brin"] = "99ZZ";
        parties["partijen"]![1]!.AsObject().Remove("brin");

        var evaluation = TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse(parties)).Validation;

        Assert.DoesNotContain("partijen[0].brin", evaluation.VisibleQuestionIds);
        Assert.Contains("partijen[1].brin", evaluation.VisibleQuestionIds);
        Assert.Null(evaluation.Prepared["partijen"]![0]!["brin"]);
        Assert.Equal(["Deze vraag is verplicht."], TestQuestionnaire.ErrorsFor(evaluation, "partijen[1].brin"));
    }

    [Theory]
    [InlineData("BOL", false)]
    [InlineData("BBL", true)]
    public void BblQuestions_AreShown_OnlyWhenAProgrammeUsesBbl(string leerweg, bool visible)
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        answers["opleidingen"]![0]!["leerweg"] = leerweg;

        var evaluation = TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse(answers)).Validation;

        Assert.Equal(visible, evaluation.VisibleQuestionIds.Contains("bbl_werkgever"));
        Assert.Equal(visible, evaluation.VisibleQuestionIds.Contains("bbl_leer_en_innovatietijd"));
    }

    // Supernumerary status is for students who are not employed: BOL (mbo) and voltijd (hbo). BBL and duaal students are
    // employed and get learning time instead; deeltijd students are neither.
    [Theory]
    [InlineData(true, "BOL")]
    [InlineData(true, "voltijd")]
    [InlineData(true, "BBL", "voltijd")]
    [InlineData(true, "duaal", "BOL")]
    [InlineData(false, "BBL")]
    [InlineData(false, "duaal")]
    [InlineData(false, "deeltijd")]
    [InlineData(false, "BBL", "duaal", "deeltijd")]
    public void SupernumeraryQuestion_IsAsked_OnlyWhenBolOrVoltijdStudentsTakePart(bool asked, params string[] paths)
    {
        var programmes = string.Join(", ", paths.Select(path => $$"""{ "naam": "Opleiding {{path}}", "leerweg": "{{path}}" }"""));

        var evaluation = TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse($$"""{ "opleidingen": [ {{programmes}} ] }""")).Validation;

        Assert.Equal(asked, evaluation.VisibleQuestionIds.Contains("studenten_boventallig"));
    }

    [Theory]
    [InlineData("mbo", false, true)]
    [InlineData("hbo", true, false)]
    public void LectoraatAndPractoraat_FollowTheKindOfEducation(string kind, bool lectoraat, bool practoraat)
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        answers["opleidingen"]![0]!["soort_onderwijs"] = kind;

        var visible = TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse(answers)).Validation.VisibleQuestionIds;

        Assert.Equal(lectoraat, visible.Contains("lectoraat_betrokken"));
        Assert.Equal(practoraat, visible.Contains("practoraat_betrokken"));
    }

    [Fact]
    public void EmptyAnswers_AreAPartialDocument_WithRequiredErrorsAndNoCrash()
    {
        var evaluation = TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse("{}")).Validation;

        Assert.Contains("naam_leerwerkplek", evaluation.ErrorsById().Keys);
        Assert.DoesNotContain("bbl_werkgever", evaluation.VisibleQuestionIds);
        Assert.All(evaluation.Sections, s => Assert.True(s.Percentage < 100 || s.Required == 0, s.SectionId));
    }

    [Fact]
    public void ExampleAnswers_AreComplete_InEverySection()
    {
        foreach (var name in Support.TestTemplates.ExampleNames)
        {
            var evaluation = TestQuestionnaire.Checker.Check(Support.TestTemplates.Example(name)).Validation;

            Assert.True(evaluation.IsValid, name + ": " + string.Join("; ", evaluation.Errors.Select(e => $"{e.QuestionId}: {e.Message}")));
            Assert.All(evaluation.Sections, s => Assert.Equal(100, s.Percentage));
        }
    }

    [Fact]
    public void PreparedAnswers_HoldEveryQuestionId_EvenUnanswered()
    {
        var prepared = TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse("{}")).Validation.Prepared;

        Assert.All(TestQuestionnaire.Definition.Questions.Keys, id => Assert.True(prepared.ContainsKey(id), id));
        Assert.Null(prepared["partijen"]);
    }

    [Fact]
    public void ACondition_MayCountItemsWithAFunction_WhoseArgumentIsNotAnAnswer()
    {
        var definition = TestQuestionnaire.Define(
            """{ "id": "p", "type": "groep", "label": "P", "hulp": "h", "verplicht": false, "vragen": [ { "id": "soort", "type": "tekst", "label": "S", "hulp": "h", "verplicht": false } ] }""",
            """{ "id": "x", "type": "ja_nee", "label": "X", "hulp": "h", "verplicht": true, "zichtbaar_als": "(p | array.filter @(do; ret $0.soort == \"z\"; end) | array.size) > 1" }""");
        var validator = new AnswerValidator(definition);

        Assert.Contains("x", validator.Validate(TestQuestionnaire.Parse("""{ "p": [ { "soort": "z" }, { "soort": "z" } ] }""")).VisibleQuestionIds);
        Assert.DoesNotContain("x", validator.Validate(TestQuestionnaire.Parse("""{ "p": [ { "soort": "z" }, { "soort": "y" } ] }""")).VisibleQuestionIds);
    }
}
