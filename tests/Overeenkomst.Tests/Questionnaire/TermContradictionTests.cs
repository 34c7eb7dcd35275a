using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Tests.Questionnaire;

/// <summary>Dates that contradict the term: evaluations too late for the decision on going on, plans and the first cohort outside the term.</summary>
public class TermContradictionTests
{
    // The decision on going on falls on 31 January 2030: 31 July 2030 minus six months.
    private static string Term(string evaluations, string renewal = "stilzwijgende verlenging met een jaar", string months = "6", string end = "2030-07-31", string milestones = "[]",
        string firstCohort = "2026-09-01") =>
        $$"""
        {
          "startdatum": "2026-08-01", "einddatum": "{{end}}", "verlenging": "{{renewal}}", "opzegtermijn_maanden": {{months}},
          "mijlpalen": {{milestones}}, "evaluatiemomenten": {{evaluations}}, "start_eerste_cohort": "{{firstCohort}}"
        }
        """;

    private static string Moments(params string[] dates) =>
        "[" + string.Join(", ", dates.Select((date, index) => $$"""{ "moment": "Evaluatie {{index + 1}}", "datum": "{{date}}" }""")) + "]";

    private static List<ValidationError> Errors(string answers) =>
        TestQuestionnaire.Errors(answers).Where(e => e.QuestionId.StartsWith("evaluatiemomenten", StringComparison.Ordinal)
            || e.QuestionId.StartsWith("mijlpalen", StringComparison.Ordinal) || e.QuestionId is "opzegtermijn_maanden" or "start_eerste_cohort").ToList();

    [Theory]
    [InlineData("stilzwijgende verlenging met een jaar")]
    [InlineData("verlenging na schriftelijk besluit")]
    public void Evaluation_AfterTheDecisionDeadline_ComesTooLate(string renewal)
    {
        var error = Assert.Single(Errors(Term(Moments("2027-06-30", "2030-03-01"), renewal)));

        Assert.Equal("evaluatiemomenten[1].datum", error.QuestionId);
        Assert.Equal(
            "Dit evaluatiemoment (1 maart 2030) valt na het beslismoment over voortzetting (31 januari 2030: de einddatum min de opzegtermijn van 6 maanden): "
            + "het komt te laat om dat besluit te onderbouwen. Plan het uiterlijk op 31 januari 2030, of pas 'Einddatum van de overeenkomst', "
            + "'Opzegtermijn (maanden)' of 'Wat gebeurt er na de einddatum?' aan.",
            error.Message);
    }

    [Fact]
    public void Evaluation_TooLate_NamesTheQuestionsThatSetTheDeadline_ByTheirLabels()
    {
        var message = Assert.Single(Errors(Term(Moments("2027-06-30", "2030-07-31")))).Message;

        TestQuestionnaire.AssertNamesQuestions(message, "einddatum", "opzegtermijn_maanden", "verlenging");
    }

    [Theory]
    [InlineData("2030-01-30")]
    [InlineData("2030-01-31")]
    public void Evaluation_OnOrBeforeTheDeadline_IsInTime(string date)
    {
        Assert.Empty(Errors(Term(Moments("2027-06-30", date))));
    }

    [Fact]
    public void Evaluation_AfterTheEndDate_IsOutsideTheTerm_NotTooLateForTheDecision()
    {
        var error = Assert.Single(Errors(Term(Moments("2027-06-30", "2030-08-01"))));

        Assert.Equal("evaluatiemomenten[1].datum", error.QuestionId);
        Assert.Equal(
            "Deze datum (1 augustus 2030) ligt na de 'Einddatum van de overeenkomst' (31 juli 2030); mijlpalen en evaluatiemomenten vallen binnen de looptijd van de overeenkomst.",
            error.Message);
    }

    [Fact]
    public void WithoutRenewal_ThereIsNoDeadline_AndALateEvaluationIsFine()
    {
        Assert.Empty(Errors(Term(Moments("2030-06-01"), "geen verlenging")));
        Assert.Empty(Errors(Term("[]", "geen verlenging")));
    }

    [Fact]
    public void Evaluations_AllAfterTheDeadline_LeaveTheDecisionUninformed()
    {
        var errors = Errors(Term(Moments("2030-03-01")));

        Assert.Equal(["evaluatiemomenten[0].datum", "evaluatiemomenten"], errors.Select(e => e.QuestionId));
        Assert.Equal(
            "Geen van de 'Evaluatiemomenten' valt binnen de looptijd vóór het beslismoment over voortzetting (31 januari 2030: de einddatum min de opzegtermijn van 6 maanden). "
            + "Plan er ten minste één eerder, zodat de partijen op basis van een evaluatie beslissen.",
            errors[1].Message);
    }

    [Fact]
    public void Evaluations_BeforeTheStartOnly_DoNotInformTheDecision()
    {
        var errors = Errors(Term(Moments("2026-06-01")));

        Assert.Equal(["evaluatiemomenten[0].datum", "evaluatiemomenten"], errors.Select(e => e.QuestionId));
        Assert.StartsWith("Deze datum (1 juni 2026) ligt vóór de 'Ingangsdatum van de overeenkomst' (1 augustus 2026)", errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    public void NoEvaluations_WithADecisionToTake_AskForOneBeforeIt(string evaluations)
    {
        var error = Assert.Single(Errors(Term(evaluations)));

        Assert.Equal("evaluatiemomenten", error.QuestionId);
        Assert.Equal(
            "Bij 'Wat gebeurt er na de einddatum?' is voor verlenging gekozen; plan daarom bij 'Evaluatiemomenten' ten minste één evaluatie vóór "
            + "het beslismoment over voortzetting (31 januari 2030: de einddatum min de opzegtermijn van 6 maanden).",
            error.Message);
    }

    [Fact]
    public void ANoticePeriodLongerThanTheTerm_PutsTheDecisionBeforeTheStart()
    {
        var error = Assert.Single(Errors(Term(Moments("2027-01-01"), months: "12", end: "2027-07-31")));

        Assert.Equal("opzegtermijn_maanden", error.QuestionId);
        Assert.StartsWith(
            "Met deze opzegtermijn valt het beslismoment over voortzetting (31 juli 2026: de einddatum min de opzegtermijn van 12 maanden) niet na de "
            + "'Ingangsdatum van de overeenkomst' (1 augustus 2026)",
            error.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("2026-08-01")]
    public void AnEndNotAfterTheStart_IsTheEndDatesError_NotTheNoticePeriods(string end)
    {
        var errors = TestQuestionnaire.Errors(Term(Moments("2027-06-30"), end: end));

        Assert.Contains(errors, e => e.QuestionId == "einddatum");
        Assert.DoesNotContain(errors, e => e.QuestionId == "opzegtermijn_maanden");
    }

    [Fact]
    public void ANoticePeriodInPartsOfAMonth_IsRefusedAsSuch_AndGivesNoDeadlineToGuessFrom()
    {
        var answers = Term(Moments("2030-06-01"), months: "1.5");

        var error = Assert.Single(Errors(answers));
        Assert.Equal("opzegtermijn_maanden", error.QuestionId);
        Assert.Contains("heel getal", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-07-31", "Deze datum (31 juli 2026) ligt vóór de 'Ingangsdatum van de overeenkomst' (1 augustus 2026)")]
    [InlineData("2030-08-01", "Deze datum (1 augustus 2030) ligt na de 'Einddatum van de overeenkomst' (31 juli 2030)")]
    public void Milestone_OutsideTheTerm_IsRefused(string date, string message)
    {
        var error = Assert.Single(Errors(Term(Moments("2027-06-30"), milestones: $$"""[ { "mijlpaal": "Start", "datum": "2026-08-01" }, { "mijlpaal": "Buiten", "datum": "{{date}}" } ]""")));

        Assert.Equal("mijlpalen[1].datum", error.QuestionId);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Milestones_OnTheFirstAndLastDayOfTheTerm_AreWithinIt()
    {
        Assert.Empty(Errors(Term(Moments("2027-06-30"), milestones: """[ { "mijlpaal": "Start", "datum": "2026-08-01" }, { "mijlpaal": "Einde", "datum": "2030-07-31" } ]""")));
    }

    [Fact]
    public void FirstCohort_BeforeTheStart_IsRefused_TheAgreementDoesNotYetBindIt()
    {
        var error = Assert.Single(Errors(Term(Moments("2027-06-30"), firstCohort: "2026-07-01")));

        Assert.Equal("start_eerste_cohort", error.QuestionId);
        Assert.Equal(
            "Deze datum (1 juli 2026) ligt vóór de 'Ingangsdatum van de overeenkomst' (1 augustus 2026): de eerste groep studenten kan niet beginnen "
            + "voordat de overeenkomst ingaat. Kies bij 'Wanneer begint de eerste groep studenten?' een datum op of na 1 augustus 2026, "
            + "of een eerdere 'Ingangsdatum van de overeenkomst'.",
            error.Message);
        TestQuestionnaire.AssertNamesQuestions(error.Message, "start_eerste_cohort", "startdatum");
    }

    [Fact]
    public void FirstCohort_AfterTheEnd_IsRefused_TheAgreementNoLongerBindsIt()
    {
        var error = Assert.Single(Errors(Term(Moments("2027-06-30"), "geen verlenging", firstCohort: "2030-09-01")));

        Assert.Equal("start_eerste_cohort", error.QuestionId);
        Assert.Equal(
            "Deze datum (1 september 2030) ligt na de 'Einddatum van de overeenkomst' (31 juli 2030): de eerste groep studenten kan niet beginnen "
            + "als de overeenkomst al is afgelopen. Kies bij 'Wanneer begint de eerste groep studenten?' een datum uiterlijk op 31 juli 2030, "
            + "of een latere 'Einddatum van de overeenkomst'.",
            error.Message);
        TestQuestionnaire.AssertNamesQuestions(error.Message, "start_eerste_cohort", "einddatum");
    }

    [Theory]
    [InlineData("2026-08-01")]
    [InlineData("2030-07-31")]
    public void FirstCohort_OnTheFirstOrLastDayOfTheTerm_IsWithinIt(string date)
    {
        Assert.Empty(Errors(Term(Moments("2027-06-30"), "geen verlenging", firstCohort: date)));
    }

    [Fact]
    public void AnEndBeforeTheStart_IsOneError_NotOnePerPlannedDate()
    {
        var errors = TestQuestionnaire.Errors(Term(Moments("2027-06-30"), "geen verlenging", end: "2026-01-01",
            milestones: """[ { "mijlpaal": "Start", "datum": "2026-08-01" } ]"""));

        Assert.DoesNotContain(errors, e => e.QuestionId.StartsWith("mijlpalen", StringComparison.Ordinal) || e.QuestionId.StartsWith("evaluatiemomenten", StringComparison.Ordinal)
            || e.QuestionId == "start_eerste_cohort");
        Assert.Contains(errors, e => e.QuestionId == "einddatum");
    }
}
