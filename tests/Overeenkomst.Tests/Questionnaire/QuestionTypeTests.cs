using System.Text.Json.Nodes;

namespace Overeenkomst.Tests.Questionnaire;

/// <summary>Every question type with a good value (and what it is normalised to) and a bad value (and the Dutch message).</summary>
public class QuestionTypeTests
{
    [Theory]
    [InlineData("tekst", "", "\"  Stichting Laurens  \"", "\"Stichting Laurens\"")]
    [InlineData("lange_tekst", "", "\"Eerste alinea.\\n\\nTweede alinea.\"", "\"Eerste alinea.\\n\\nTweede alinea.\"")]
    [InlineData("getal", "\"min\": 0", "6", "6")]
    [InlineData("getal", "\"min\": 0", "\"1,5\"", "1.5")]
    [InlineData("bedrag", "", "12500.50", "12500.50")]
    [InlineData("bedrag", "", "\"24.000\"", "24000")]
    [InlineData("bedrag", "", "\"24.000,50\"", "24000.50")]
    [InlineData("bedrag", "", "\"€ 24.000\"", "24000")]
    [InlineData("bedrag", "", "\"€\u00a012.500,-\"", "12500")]
    [InlineData("bedrag", "", "\"1.234.567,89\"", "1234567.89")]
    [InlineData("bedrag", "", "\"12 500\"", "12500")]
    [InlineData("bedrag", "", "\"12500,5\"", "12500.5")]
    [InlineData("getal", "", "\"1.000\"", "1000")]
    [InlineData("percentage", "", "\"85%\"", "85")]
    [InlineData("percentage", "", "\"12,5 %\"", "12.5")]
    [InlineData("percentage", "", "80", "80")]
    [InlineData("datum", "", "\"2026-09-01\"", "\"2026-09-01\"")]
    [InlineData("ja_nee", "", "true", "true")]
    [InlineData("keuze", "\"opties\": [\"BOL\", \"BBL\"]", "\"BBL\"", "\"BBL\"")]
    [InlineData("meerkeuze", "\"opties\": [\"interviews\", \"leerlabs\"]", "[\"leerlabs\"]", "[\"leerlabs\"]")]
    [InlineData("email", "", "\"f.elamrani@laurens.nl\"", "\"f.elamrani@laurens.nl\"")]
    [InlineData("telefoon", "", "\"010 123 45 67\"", "\"0101234567\"")]
    [InlineData("telefoon", "", "\"+31 (0)10-123 45 67\"", "\"+31101234567\"")]
    [InlineData("postcode", "", "\"3023dh\"", "\"3023 DH\"")]
    [InlineData("postcode", "", "\"3023 DH\"", "\"3023 DH\"")]
    [InlineData("kvk", "", "\"2435 2716\"", "\"24352716\"")]
    [InlineData("kvk", "", "\"24.35.27.16\"", "\"24352716\"")]
    [InlineData("brin", "", "\"00gt\"", "\"00GT\"")]
    [InlineData("brin", "", "\"25LZ01\"", "\"25LZ01\"")]
    [InlineData("iban", "", "\"nl91abna0417164300\"", "\"NL91 ABNA 0417 1643 00\"")]
    [InlineData("opleidingscode", "", "\"25655\"", "\"25655\"")]
    public void GoodValue_IsAccepted_AndNormalised(string type, string extra, string value, string normalised)
    {
        var evaluation = TestQuestionnaire.ValidateOne(TestQuestionnaire.OneQuestion(type, extra), value);

        Assert.Empty(evaluation.Errors);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(normalised), evaluation.Prepared["x"]), $"got {evaluation.Prepared["x"]?.ToJsonString()}");
    }

    [Theory]
    [InlineData("tekst", "", "12", "U gaf het getal 12; hier hoort tekst.")]
    [InlineData("tekst", "\"max_lengte\": 5", "\"te lang antwoord\"", "Dit antwoord is langer dan 5 tekens; maak het korter.")]
    [InlineData("getal", "\"min\": 0", "-1", "Het getal mag niet kleiner zijn dan 0.")]
    [InlineData("getal", "\"max\": 60", "61", "Het getal mag niet groter zijn dan 60.")]
    [InlineData("getal", "", "\"zes\"", "U gaf tekst ('zes'); hier hoort een getal, zoals 6.")]
    [InlineData("bedrag", "", "-5", "Het getal mag niet kleiner zijn dan 0.")]
    [InlineData("bedrag", "", "10.005", "Gebruik hoogstens 2 cijfers achter de komma.")]
    [InlineData("bedrag", "", "\"12.50\"", "'12.50' is geen getal zoals het in het Nederlands wordt geschreven: een punt scheidt duizendtallen (24.000) en een komma de decimalen (1,5 of 24.000,50).")]
    [InlineData("getal", "", "\"1.5\"", "'1.5' is geen getal zoals het in het Nederlands wordt geschreven: een punt scheidt duizendtallen (24.000) en een komma de decimalen (1,5 of 24.000,50).")]
    [InlineData("bedrag", "", "\"24.000.5\"", "'24.000.5' is geen getal zoals het in het Nederlands wordt geschreven: een punt scheidt duizendtallen (24.000) en een komma de decimalen (1,5 of 24.000,50).")]
    [InlineData("getal", "", "\"€ 5\"", "U gaf tekst ('€ 5'); hier hoort een getal, zoals 6.")]
    [InlineData("getal", "", "\"85%\"", "U gaf tekst ('85%'); hier hoort een getal, zoals 6.")]
    [InlineData("bedrag", "", "\"24,000.50\"", "'24,000.50' is geen getal zoals het in het Nederlands wordt geschreven: een punt scheidt duizendtallen (24.000) en een komma de decimalen (1,5 of 24.000,50).")]
    [InlineData("bedrag", "", "1e40", "Dit getal is te groot om mee te rekenen; vul een kleiner getal in.")]
    [InlineData("percentage", "", "120", "Het getal mag niet groter zijn dan 100.")]
    [InlineData("datum", "", "\"1-9-2026\"", "Vul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2026-09-01.")]
    [InlineData("datum", "", "\"2026-02-30\"", "Vul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2026-09-01.")]
    [InlineData("ja_nee", "", "\"ja\"", "U gaf tekst ('ja'); hier hoort ja of nee (true of false).")]
    [InlineData("keuze", "\"opties\": [\"BOL\", \"BBL\"]", "\"duaal\"", "Kies uit: BOL, BBL.")]
    [InlineData("meerkeuze", "\"opties\": [\"interviews\", \"leerlabs\"]", "[\"enquêtes\"]", "Kies uit: interviews, leerlabs.")]
    [InlineData("meerkeuze", "\"opties\": [\"a\", \"b\"], \"max_aantal\": 1", "[\"a\", \"b\"]", "Vul hoogstens 1 onderdelen in.")]
    [InlineData("email", "", "\"f.elamrani@laurens\"", "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.")]
    [InlineData("telefoon", "", "\"010 123 45\"", "Vul een telefoonnummer in van tien cijfers (zoals 010 123 45 67) of met landnummer (zoals +31 10 123 45 67).")]
    [InlineData("telefoon", "", "\"bel mij\"", "Vul een telefoonnummer in van tien cijfers (zoals 010 123 45 67) of met landnummer (zoals +31 10 123 45 67).")]
    [InlineData("postcode", "", "\"0123 AB\"", "Vul een postcode in als 1234 AB: vier cijfers (niet beginnend met 0) en twee letters.")]
    [InlineData("postcode", "", "\"1234 SS\"", "Postcodes met de letters SS worden niet uitgegeven; controleer de postcode.")]
    [InlineData("kvk", "", "\"1234567\"", "Een KvK-nummer bestaat uit precies 8 cijfers (spaties of punten ertussen mogen).")]
    [InlineData("brin", "", "\"00G\"", "Een BRIN-code (instellingscode) bestaat uit 4 tekens, cijfers of hoofdletters (zoals 00GT), eventueel gevolgd door 2 cijfers voor de vestiging.")]
    [InlineData("iban", "", "\"DE89370400440532013000\"", "Vul een Nederlands IBAN in: NL, 2 controlecijfers, 4 letters van de bank en 10 cijfers.")]
    [InlineData("iban", "", "\"NL92ABNA0417164300\"", "Dit IBAN klopt niet: de controlecijfers passen niet bij het nummer. Controleer op een tikfout.")]
    [InlineData("opleidingscode", "", "\"2565\"", "Een CREBO- of CROHO-code bestaat uit 5 cijfers.")]
    [InlineData("getal", "", "true", "U gaf ja (true); hier hoort een getal, zoals 6.")]
    [InlineData("getal", "", "[6]", "U gaf een lijst; hier hoort een getal, zoals 6.")]
    [InlineData("getal", "", "{ \"aantal\": 6 }", "U gaf een groep antwoorden (een object); hier hoort een getal, zoals 6.")]
    [InlineData("getal", "\"geheel\": true", "6.5", "U gaf 6,5; hier hoort een heel getal, zoals 6.")]
    [InlineData("getal", "\"geheel\": true", "\"6,5\"", "U gaf 6,5; hier hoort een heel getal, zoals 6.")]
    [InlineData("getal", "\"geheel\": true", "\"zes\"", "U gaf tekst ('zes'); hier hoort een getal, zoals 6.")]
    [InlineData("getal", "\"geheel\": true", "false", "U gaf nee (false); hier hoort een heel getal, zoals 6.")]
    [InlineData("getal", "", "1e15", "Het getal mag niet groter zijn dan 1.000.000.000.000.")]
    [InlineData("getal", "", "-1e15", "Het getal mag niet kleiner zijn dan -1.000.000.000.000.")]
    [InlineData("getal", "", "-1e40", "Dit getal is te groot om mee te rekenen; vul een kleiner getal in.")]
    [InlineData("bedrag", "", "1000000000000", "Het bedrag mag niet groter zijn dan €\u00A0999.999.999.999,99.")]
    [InlineData("bedrag", "", "\"€ 79.228.162.514.264.337.593.543.950.335\"", "Het bedrag mag niet groter zijn dan €\u00A0999.999.999.999,99.")]
    [InlineData("bedrag", "", "\"twaalfduizend\"", "U gaf tekst ('twaalfduizend'); hier hoort een bedrag, zoals 12.500 of 12.500,50.")]
    [InlineData("bedrag", "", "null", "Deze vraag is verplicht.")]
    [InlineData("percentage", "", "\"veel\"", "U gaf tekst ('veel'); hier hoort een percentage, zoals 85 of 12,5.")]
    [InlineData("datum", "", "20260901", "U gaf het getal 20.260.901; hier hoort een datum als JJJJ-MM-DD, zoals 2026-09-01.")]
    [InlineData("tekst", "", "true", "U gaf ja (true); hier hoort tekst.")]
    [InlineData("email", "", "[\"a@b.nl\"]", "U gaf een lijst; hier hoort tekst.")]
    [InlineData("keuze", "\"opties\": [\"BOL\", \"BBL\"]", "1", "U gaf het getal 1; hier hoort een van de opties (BOL, BBL).")]
    [InlineData("meerkeuze", "\"opties\": [\"a\", \"b\"]", "\"a\"", "U gaf tekst ('a'); hier hoort een lijst met keuzes uit a, b.")]
    [InlineData("tekst", "", "\"\"", "Deze vraag is verplicht.")]
    [InlineData("getal", "", "\"Dit is een heel lang antwoord dat niet in een bericht past en dus wordt ingekort\"",
        "U gaf tekst ('Dit is een heel lang antwoord dat niet…'); hier hoort een getal, zoals 6.")]
    public void BadValue_IsRefused_WithTheDutchMessage(string type, string extra, string value, string message)
    {
        var evaluation = TestQuestionnaire.ValidateOne(TestQuestionnaire.OneQuestion(type, extra), value);

        Assert.Equal([message], TestQuestionnaire.ErrorsFor(evaluation, "x"));
        Assert.Null(evaluation.Prepared["x"]);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"   \"")]
    [InlineData("\"\"")]
    [InlineData("\" \\t\\r\\n \"")]
    [InlineData("\"\\u0020\\u00A0\"")]
    [InlineData("\"\u00A0\u2003\"")]
    [InlineData("[]")]
    public void RequiredQuestion_WithoutAnswer_SaysItIsRequired(string value)
    {
        var evaluation = TestQuestionnaire.ValidateOne(TestQuestionnaire.OneQuestion("tekst"), value);

        Assert.Equal(["Deze vraag is verplicht."], TestQuestionnaire.ErrorsFor(evaluation, "x"));
    }

    [Theory]
    [InlineData("\"  x \"", "x")]
    [InlineData("\"\\u0020\\u0078\"", "x")]
    [InlineData("\"\u00A0é\"", "é")]
    public void Answer_WithTextBetweenTheSpaces_IsAnswered(string value, string expected)
    {
        var evaluation = TestQuestionnaire.ValidateOne(TestQuestionnaire.OneQuestion("tekst"), value);

        Assert.Empty(evaluation.Errors);
        Assert.Equal(expected, evaluation.Prepared["x"]!.GetValue<string>());
    }

    [Fact]
    public void Default_IsUsed_WhenNoAnswerIsGiven()
    {
        var evaluation = TestQuestionnaire.ValidateOne(TestQuestionnaire.OneQuestion("getal", "\"standaard\": 30"), "null");

        Assert.Empty(evaluation.Errors);
        Assert.Equal(30m, evaluation.Prepared["x"]!.GetValue<decimal>());
    }

    [Fact]
    public void Group_WithTooFewItems_SaysHowManyAreNeeded()
    {
        var definition = TestQuestionnaire.OneQuestion("groep", """ "min_aantal": 2, "max_aantal": 3, "vragen": [ { "id": "naam", "type": "tekst", "label": "N", "hulp": "Waarom.", "verplicht": true } ] """);

        var evaluation = TestQuestionnaire.ValidateOne(definition, """[ { "naam": "A" } ]""");

        Assert.Equal(["Vul ten minste 2 onderdelen in."], TestQuestionnaire.ErrorsFor(evaluation, "x"));
    }

    [Fact]
    public void Group_WithTooManyItems_SaysTheMaximum()
    {
        var definition = TestQuestionnaire.OneQuestion("groep", """ "max_aantal": 1, "vragen": [ { "id": "naam", "type": "tekst", "label": "N", "hulp": "Waarom." } ] """);

        var evaluation = TestQuestionnaire.ValidateOne(definition, """[ { "naam": "A" }, { "naam": "B" } ]""");

        Assert.Equal(["Vul hoogstens 1 onderdelen in."], TestQuestionnaire.ErrorsFor(evaluation, "x"));
    }

    [Fact]
    public void Group_MemberError_IsReportedWithItsPath()
    {
        var definition = TestQuestionnaire.OneQuestion("groep", """ "vragen": [ { "id": "kvk", "type": "kvk", "label": "KvK", "hulp": "Waarom.", "verplicht": true } ] """);

        var evaluation = TestQuestionnaire.ValidateOne(definition, """[ { "kvk": "24352716" }, { "kvk": "123" } ]""");

        Assert.Equal(["Een KvK-nummer bestaat uit precies 8 cijfers (spaties of punten ertussen mogen)."], TestQuestionnaire.ErrorsFor(evaluation, "x[1].kvk"));
        Assert.Single(evaluation.Errors);
    }

    [Fact]
    public void AnswerToAnUnknownQuestion_IsDropped()
    {
        var evaluation = TestQuestionnaire.ValidateOne(TestQuestionnaire.OneQuestion("tekst"), "\"a\"");

        Assert.False(evaluation.Prepared.ContainsKey("onbekend"));
        Assert.Equal(["x"], evaluation.Prepared.Select(p => p.Key));
    }
}
