namespace Overeenkomst.Tests.Questionnaire;

/// <summary>Answers that cannot both be true: costs, a reimbursed secondment, the projectleider, the docent's hours on site, the bestuurlijk overleg, a programme's leerweg and level.</summary>
public class ContradictionTests
{
    private static List<string> ErrorsFor(string answers, string id) =>
        TestQuestionnaire.Errors(answers).Where(e => e.QuestionId == id).Select(e => e.Message).ToList();

    private static string Budget(string model, string shares) =>
        $$"""{ "bekostigingsmodel": "{{model}}", "begroting": [ { "post": "Inzet docent", "verdeling": [ { "partij": "Laurens", "aandeel": 100 } ] }, { "post": "Inrichting leslokaal", "verdeling": {{shares}} } ] }""";

    [Fact]
    public void OwnCosts_BesideABudgetLineSharedByTwoParties_IsAContradiction()
    {
        var errors = ErrorsFor(Budget("ieder draagt de eigen kosten", """[ { "partij": "Laurens", "aandeel": 50 }, { "partij": "Albeda", "aandeel": 50 } ]"""), "bekostigingsmodel");

        Assert.Equal(
            [
                "Bij 'Bekostigingsmodel' staat 'ieder draagt de eigen kosten', maar in 'Begroting per kostenpost' is 'Inrichting leslokaal' over meer dan één partij verdeeld. "
                + "Kies een bekostigingsmodel met een verdeelsleutel, of laat elke kostenpost door één partij dragen.",
            ],
            errors);
        TestQuestionnaire.AssertNamesQuestions(errors[0], "bekostigingsmodel", "begroting");
    }

    [Theory]
    [InlineData("ieder draagt de eigen kosten", """[ { "partij": "Albeda", "aandeel": 100 } ]""")]
    [InlineData("ieder draagt de eigen kosten", """[ { "partij": "Albeda", "aandeel": 100 }, { "partij": "Laurens", "aandeel": 0 } ]""")]
    [InlineData("kosten worden gedeeld naar een verdeelsleutel", """[ { "partij": "Laurens", "aandeel": 50 }, { "partij": "Albeda", "aandeel": 50 } ]""")]
    [InlineData("een combinatie van beide", """[ { "partij": "Laurens", "aandeel": 50 }, { "partij": "Albeda", "aandeel": 50 } ]""")]
    public void BudgetLines_ThatFitTheModel_AreNoContradiction(string model, string shares)
    {
        Assert.Empty(ErrorsFor(Budget(model, shares), "bekostigingsmodel"));
    }

    [Fact]
    public void TheNamedProjectleider_NeedsAProjectleiderRow_InTheRoles()
    {
        var errors = ErrorsFor("""{ "projectleider_naam": "Fatima el Amrani", "rollen": [ { "rol": "docent", "partij": "Albeda" } ] }""", "rollen");

        Assert.Equal(
            [
                "Bij 'Wie is de projectleider?' staat Fatima el Amrani, maar 'Welke rollen zijn er, en welke partij levert ze?' heeft geen rij met de rol projectleider. "
                + "Voeg die toe: de bijlage met rollen zegt welke partij de projectleider levert en betaalt.",
            ],
            errors);
        TestQuestionnaire.AssertNamesQuestions(errors[0], "projectleider_naam", "rollen");
    }

    [Theory]
    [InlineData("""{ "projectleider_naam": "Fatima el Amrani", "rollen": [ { "rol": "docent", "partij": "Albeda" }, { "rol": "projectleider", "partij": "Albeda" } ] }""")]
    [InlineData("""{ "projectleider_naam": "Fatima el Amrani" }""")]
    public void TheNamedProjectleider_WithARow_OrWithTheDefaultRoles_IsFine(string answers)
    {
        Assert.Empty(ErrorsFor(answers, "rollen"));
    }

    [Fact]
    public void TheDocentOnSite_ForMoreHoursThanTheRolesGiveTheDocenten_IsAContradiction()
    {
        // Two docenten of 6 hours and one (no number given) of 4: 16 hours, as the roles annex counts them.
        var errors = ErrorsFor(
            """
            { "docent_uren_op_locatie": 24, "rollen": [ { "rol": "docent", "partij": "Albeda", "aantal": 2, "uren_per_week": 6 },
              { "rol": "werkbegeleider", "partij": "Laurens", "aantal": 4, "uren_per_week": 8 }, { "rol": "docent", "partij": "Albeda", "uren_per_week": 4 } ] }
            """,
            "docent_uren_op_locatie");

        Assert.Equal(
            [
                "Bij 'Hoeveel uur per week is de docent op de locatie aanwezig?' staat 24 uur, maar bij 'Welke rollen zijn er, en welke partij levert ze?' krijgt "
                + "de rol docent in totaal 16 uur per week ('Aantal personen' maal 'Uren per week (per persoon)', opgeteld over de rijen met die rol). "
                + "De overeenkomst zou dan meer uren op de locatie beloven dan de bijlage met rollen de docenten geeft. "
                + "Vul bij 'Hoeveel uur per week is de docent op de locatie aanwezig?' hoogstens 16 uur in, of geef de rol docent meer personen of uren.",
            ],
            errors);
        TestQuestionnaire.AssertNamesQuestions(errors[0], "docent_uren_op_locatie", "rollen", "rollen.aantal", "rollen.uren_per_week");
    }

    [Theory]
    [InlineData("""{ "docent_uren_op_locatie": 16, "rollen": [ { "rol": "docent", "partij": "Albeda", "aantal": 2, "uren_per_week": 8 } ] }""")]
    [InlineData("""{ "docent_uren_op_locatie": 24, "rollen": [ { "rol": "werkbegeleider", "partij": "Laurens", "aantal": 4, "uren_per_week": 8 } ] }""")]
    [InlineData("""{ "docent_uren_op_locatie": 24, "rollen": [ { "rol": "docent", "partij": "Albeda", "aantal": 2 } ] }""")]
    [InlineData("""{ "docent_uren_op_locatie": 8 }""")]
    public void TheDocentOnSite_WithinTheDocentenHours_OrWithNoDocentRoleOrHoursToHoldItAgainst_IsFine(string answers)
    {
        Assert.Empty(ErrorsFor(answers, "docent_uren_op_locatie"));
    }

    [Fact]
    public void TheDocentOnSite_IsHeldAgainstTheDefaultRoles_WhenNoneAreGiven()
    {
        // The questionnaire's default roles have one docent of 8 hours.
        Assert.Single(ErrorsFor("""{ "docent_uren_op_locatie": 9 }""", "docent_uren_op_locatie"));
    }

    [Fact]
    public void Meetings_WithoutABestuurlijkOverleg_AreRefused()
    {
        var errors = ErrorsFor("""{ "overleggen": [ { "niveau": "coördinerend" }, { "niveau": "uitvoerend" } ] }""", "overleggen");

        Assert.Equal(
            [
                "Bij 'Overleggen' ontbreekt een overleg op het niveau bestuurlijk. De overeenkomst geeft het bestuurlijk overleg de beslissingen over begroting, "
                + "tijdpad en wijzigingen; zonder dat overleg is niet geregeld wie die neemt.",
            ],
            errors);
        TestQuestionnaire.AssertNamesQuestions(errors[0], "overleggen");
    }

    [Fact]
    public void Meetings_WithABestuurlijkOverleg_AreFine()
    {
        Assert.Empty(ErrorsFor("""{ "overleggen": [ { "niveau": "bestuurlijk" }, { "niveau": "uitvoerend" } ] }""", "overleggen"));
    }

    [Theory]
    [InlineData("mbo", "leerweg", "BOL", true)]
    [InlineData("mbo", "leerweg", "BBL", true)]
    [InlineData("mbo", "leerweg", "voltijd", false)]
    [InlineData("mbo", "leerweg", "deeltijd", false)]
    [InlineData("mbo", "leerweg", "duaal", false)]
    [InlineData("hbo", "leerweg", "voltijd", true)]
    [InlineData("hbo", "leerweg", "deeltijd", true)]
    [InlineData("hbo", "leerweg", "duaal", true)]
    [InlineData("hbo", "leerweg", "BOL", false)]
    [InlineData("hbo", "leerweg", "BBL", false)]
    [InlineData("mbo", "niveau", "2", true)]
    [InlineData("mbo", "niveau", "4", true)]
    [InlineData("mbo", "niveau", "6", false)]
    [InlineData("hbo", "niveau", "6", true)]
    [InlineData("hbo", "niveau", "3", false)]
    public void AProgrammesLeerwegAndLevel_FitMboOrHbo(string kind, string member, string value, bool fits)
    {
        var errors = ErrorsFor($$"""{ "opleidingen": [ { "naam": "Opleiding", "soort_onderwijs": "{{kind}}", "{{member}}": "{{value}}" } ] }""", $"opleidingen[0].{member}");

        Assert.Equal(fits, errors.Count == 0);
        Assert.All(errors, message => Assert.Contains($"{value} past niet bij {kind} (bij '{TestQuestionnaire.Label("opleidingen.soort_onderwijs")}'): ", message, StringComparison.Ordinal));
    }

    // Laurens and Albeda with one secondment from Laurens to Albeda, its salary paid as the answer says.
    private static string Secondment(string model, string costs, bool laurensInvoices) =>
        $$"""
        { "bekostigingsmodel": "{{model}}",
          "partijen": [ { "korte_naam": "Laurens", "verstuurt_facturen": {{(laurensInvoices ? "true" : "false")}}{{(laurensInvoices ? ", \"iban\": \"NL44RABO0123456789\"" : "")}} }, { "korte_naam": "Albeda", "verstuurt_facturen": false } ],
          "detachering": true,
          "detacheringen": [ { "van": "Laurens", "naar": "Albeda", "functie": "Verpleegkundige als gastdocent", "uren_per_week": 4, "kosten": "{{costs}}" } ] }
        """;

    [Fact]
    public void ASecondmentTheReceiverReimburses_UnderOwnCosts_HasNoPaymentTermsToBePaidBy()
    {
        var errors = ErrorsFor(Secondment("ieder draagt de eigen kosten", "de partij voor wie de medewerker werkt", false), "detacheringen[0].kosten");

        Assert.Equal(
            [
                "Bij 'Detacheringen' vergoedt Albeda de loonkosten aan Laurens ('Wie draagt de loonkosten?': 'de partij voor wie de medewerker werkt'), maar bij "
                + "'Bekostigingsmodel' staat 'ieder draagt de eigen kosten'. Dan staan er in de overeenkomst geen afspraken over facturen, een betaaltermijn en "
                + "een rekeningnummer voor die vergoeding. Kies een bekostigingsmodel waarin partijen kosten verrekenen, of laat Laurens de loonkosten dragen.",
            ],
            errors);
        TestQuestionnaire.AssertNamesQuestions(errors[0], "detacheringen", "detacheringen.kosten", "bekostigingsmodel");
    }

    [Fact]
    public void ASecondmentTheReceiverReimburses_NeedsTheEmployerToInvoiceIt_WithItsAccount()
    {
        var errors = ErrorsFor(Secondment("een combinatie van beide", "de partij voor wie de medewerker werkt", false), "partijen[0].verstuurt_facturen");

        Assert.Equal(
            [
                "Bij 'Detacheringen' vergoedt Albeda de loonkosten van een gedetacheerde medewerker aan Laurens, dus Laurens stuurt daarvoor facturen. "
                + "Kies hier ja en vul het IBAN van Laurens in, zodat de overeenkomst het rekeningnummer noemt; of kies bij 'Wie draagt de loonkosten?' "
                + "dat Laurens de loonkosten draagt.",
            ],
            errors);
        TestQuestionnaire.AssertNamesQuestions(errors[0], "detacheringen", "detacheringen.kosten");
    }

    [Theory]
    [InlineData("een combinatie van beide", "de partij voor wie de medewerker werkt", true)]
    [InlineData("ieder draagt de eigen kosten", "de partij die de medewerker in dienst heeft", false)]
    [InlineData("ieder draagt de eigen kosten", "volgens de begroting", false)]
    [InlineData("kosten worden gedeeld naar een verdeelsleutel", "de partij die de medewerker in dienst heeft", false)]
    public void ASecondment_PaidByItsEmployer_OrInvoicedByIt_IsFine(string model, string costs, bool laurensInvoices)
    {
        var errors = TestQuestionnaire.Errors(Secondment(model, costs, laurensInvoices));

        Assert.DoesNotContain(errors, error => error.QuestionId.StartsWith("detacheringen", StringComparison.Ordinal) || error.QuestionId.EndsWith("verstuurt_facturen", StringComparison.Ordinal));
    }
}
