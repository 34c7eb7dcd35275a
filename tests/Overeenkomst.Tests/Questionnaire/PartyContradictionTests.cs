using System.Text.Json.Nodes;

namespace Overeenkomst.Tests.Questionnaire;

/// <summary>Questions that must name a party, name one — and the right kind, and not the same one on both sides of a relation.</summary>
public class PartyContradictionTests
{
    // Laurens cares, Albeda teaches; every question that names someone is shown and names one of them.
    private static JsonObject Answers() => JsonNode.Parse("""
        {
          "partijen": [ { "korte_naam": "Laurens", "soort": "zorgorganisatie" }, { "korte_naam": "Albeda", "soort": "mbo-instelling" } ],
          "opleidingen": [ { "naam": "Verzorgende-IG", "soort_onderwijs": "mbo", "niveau": "3", "leerweg": "BBL" } ],
          "bbl_werkgever": "Laurens",
          "verwerking_voor_ander": true, "verwerker": "Albeda", "verwerkingsverantwoordelijke": "Laurens",
          "monitoring_gegevens": "één partij", "monitoring_verantwoordelijke": "Albeda",
          "doelen": [ { "doel": "Meer instroom", "eigenaar": "Laurens" } ],
          "detachering": true, "detacheringen": [ { "van": "Laurens", "naar": "Albeda", "functie": "docent" } ],
          "rollen": [ { "rol": "projectleider", "partij": "Albeda" } ],
          "faciliteiten": [ { "voorziening": "leslokaal", "partij": "Laurens" } ],
          "begroting": [ { "post": "Docent", "verdeling": [ { "partij": "Albeda", "aandeel": 100 } ] } ],
          "indicatoren": [ { "indicator": "Uitval", "wie": "Lectoraat Zorg en Innovatie" } ],
          "risicos": [ { "risico": "Personeelstekort", "eigenaar": "Raad van bestuur" } ],
          "communicatie_verantwoordelijke": "Fatima el Amrani"
        }
        """)!.AsObject();

    private static List<string> PartyErrors(JsonObject answers) =>
        TestQuestionnaire.Errors(answers.ToJsonString())
            .Where(e => e.Message.Contains("partij", StringComparison.Ordinal) || e.Message.Contains("werkgever", StringComparison.Ordinal))
            .Select(e => $"{e.QuestionId}: {e.Message}")
            .ToList();

    [Fact]
    public void Answers_ThatNameTheParties_AndOthersWhereOthersMayBeNamed_HaveNoPartyErrors()
    {
        Assert.Empty(PartyErrors(Answers()));
    }

    [Theory]
    [InlineData("bbl_werkgever")]
    [InlineData("verwerker")]
    [InlineData("verwerkingsverantwoordelijke")]
    [InlineData("monitoring_verantwoordelijke")]
    [InlineData("doelen[0].eigenaar")]
    [InlineData("detacheringen[0].van")]
    [InlineData("detacheringen[0].naar")]
    [InlineData("rollen[0].partij")]
    [InlineData("faciliteiten[0].partij")]
    [InlineData("begroting[0].verdeling[0].partij")]
    public void AQuestionThatMustNameAParty_RefusesANameNoPartyHas(string path)
    {
        var answers = Answers();
        Set(answers, path, "Albedo");

        Assert.Contains($"{path}: 'Albedo' is geen partij in deze overeenkomst; gebruik een van de korte namen: Laurens, Albeda.", PartyErrors(answers));
    }

    [Theory]
    [InlineData("indicatoren[0].wie")]
    [InlineData("risicos[0].eigenaar")]
    [InlineData("communicatie_verantwoordelijke")]
    public void AQuestionThatMayNameOthers_AcceptsAnyName(string path)
    {
        var answers = Answers();
        Set(answers, path, "Albedo");

        Assert.Empty(PartyErrors(answers));
    }

    [Fact]
    public void TheProcessor_IsNotTheControllerItProcessesFor()
    {
        var answers = Answers();
        answers["verwerker"] = "Laurens";

        Assert.Equal(
            [
                "verwerkingsverantwoordelijke: 'Welke partij verwerkt (verwerker)?' en 'Voor welke partij (verwerkingsverantwoordelijke)?' noemen allebei Laurens; "
                + "een partij verwerkt niet in opdracht van zichzelf. Verwerkt geen partij voor een andere, beantwoord dan "
                + "'Verwerkt een partij persoonsgegevens in opdracht van een andere partij?' met nee.",
            ],
            PartyErrors(answers));
        TestQuestionnaire.AssertNamesQuestions(PartyErrors(answers)[0], "verwerker", "verwerkingsverantwoordelijke", "verwerking_voor_ander");
    }

    [Fact]
    public void ASecondment_GoesFromOnePartyToAnother()
    {
        var answers = Answers();
        answers["detacheringen"]![0]!["naar"] = "Laurens";

        var error = Assert.Single(PartyErrors(answers));
        Assert.StartsWith("detacheringen[0].naar: ", error, StringComparison.Ordinal);
        Assert.Contains(" noemen allebei Laurens", error, StringComparison.Ordinal);
        TestQuestionnaire.AssertNamesQuestions(error, "detacheringen.van", "detacheringen.naar");
    }

    [Fact]
    public void TheBblEmployer_IsACareOrganisation()
    {
        var answers = Answers();
        answers["bbl_werkgever"] = "Albeda";

        Assert.Equal(
            [
                "bbl_werkgever: Bij 'Welke partij is werkgever van de BBL-studenten en de duale hbo-studenten? (korte naam)' staat Albeda, maar Albeda is bij "
                + "'Soort organisatie' opgegeven als mbo-instelling. De werkgever van BBL- en duale studenten is een zorgorganisatie, want die sluit de "
                + "arbeidsovereenkomst met de student. Kies 'Laurens'.",
            ],
            PartyErrors(answers));
        TestQuestionnaire.AssertNamesQuestions(PartyErrors(answers)[0], "partijen.soort", "bbl_werkgever");
    }

    [Fact]
    public void TheBblEmployer_WithSeveralCareOrganisations_IsOneOfThem_NotAll()
    {
        var answers = Answers();
        answers["partijen"]!.AsArray().Add(JsonNode.Parse("""{ "korte_naam": "Maasheuvel", "soort": "zorgorganisatie" }"""));
        answers["bbl_werkgever"] = "Albeda";

        var error = Assert.Single(PartyErrors(answers));
        Assert.EndsWith("arbeidsovereenkomst met de student. Kies 'Laurens' of 'Maasheuvel'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AHiddenBblEmployer_IsNotJudged()
    {
        var answers = Answers();
        answers["opleidingen"]![0]!["leerweg"] = "BOL";
        answers["bbl_werkgever"] = "Albedo";

        Assert.Empty(PartyErrors(answers));
    }

    private static void Set(JsonObject answers, string path, string value)
    {
        JsonNode node = answers;
        var steps = path.Replace("]", string.Empty, StringComparison.Ordinal).Split('.', '[');
        foreach (var step in steps[..^1])
        {
            node = int.TryParse(step, out var index) ? node[index]! : node[step]!;
        }

        node[steps[^1]] = value;
    }
}
