using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Loading;

namespace Overeenkomst.Tests.Questionnaire;

public class DefinitionLoadingTests
{
    [Fact]
    public void RealDefinition_Loads_AndCoversEveryPointOfBouwsteen5()
    {
        var definition = TestQuestionnaire.Definition;

        var points = definition.Sections.SelectMany(s => s.Points).ToHashSet();
        Assert.All(Enumerable.Range(1, 14), point => Assert.Contains(point, points));
    }

    [Fact]
    public void RealDefinition_HasASectionForEveryRowOfTheQuestionnaireTable()
    {
        var ids = TestQuestionnaire.Definition.Sections.Select(s => s.Id);

        Assert.Equal(["partijen", "aanleiding", "doelen", "rollen", "randvoorwaarden", "bekostiging", "overleg", "tijdpad", "monitoring", "juridisch", "ondertekening"], ids);
    }

    [Theory]
    [InlineData("bekostigingsmodel", OptionValues.OwnCosts)]
    [InlineData("detacheringen.kosten", OptionValues.ReceiverPaysSalary)]
    public void TheOptionsTheCodeComparesWith_AreOptionsOfTheirQuestion(string id, string option)
    {
        Assert.Contains(option, TestQuestionnaire.Question(id).Options);
    }

    [Fact]
    public void RealDefinition_UsesEveryQuestionType()
    {
        static IEnumerable<QuestionDefinition> All(IEnumerable<QuestionDefinition> questions) => questions.SelectMany(q => All(q.Questions).Prepend(q));
        var used = All(TestQuestionnaire.Definition.Sections.SelectMany(s => s.Questions)).Select(q => q.Type).ToHashSet();

        Assert.All(Enum.GetValues<QuestionType>(), type => Assert.Contains(type, used));
    }

    [Fact]
    public void RealDefinition_EveryQuestionHasDutchLabelAndHelp()
    {
        static IEnumerable<QuestionDefinition> All(IEnumerable<QuestionDefinition> questions) => questions.SelectMany(q => All(q.Questions).Prepend(q));

        Assert.All(All(TestQuestionnaire.Definition.Sections.SelectMany(s => s.Questions)), q =>
        {
            Assert.False(string.IsNullOrWhiteSpace(q.Label), q.Id);
            Assert.True(q.Help.Length >= 10, $"{q.Id}: help text too short");
        });
    }

    [Theory]
    [InlineData("onbekend-type.json", "naam: het type 'tekstje' bestaat niet")]
    [InlineData("dubbele-id.json", "de vraag-id 'naam' komt meer dan eens voor")]
    [InlineData("voorwaarde-parseert-niet.json", "werkgever: de voorwaarde 'bbl == (' is geen geldige Scriban-expressie")]
    [InlineData("voorwaarde-onbekende-id.json", "werkgever: de voorwaarde 'heeft_bbl == true' noemt 'heeft_bbl'")]
    [InlineData("keuze-zonder-opties.json", "vorm: een keuzevraag heeft opties nodig")]
    [InlineData("punt-niet-gedekt.json", "geen enkele sectie vraagt naar punt 14 van bouwsteen 5")]
    [InlineData("geen-json.json", "geen-json.json: de vragenlijst is geen geldige JSON")]
    [InlineData("ongeldige-standaard.json", "verlenging: de standaardwaarde is geen geldig antwoord: Kies uit: geen, stilzwijgend.")]
    [InlineData("wijziging-hernoemt-naar-niets.json",
        "wijziging van versie '1' naar '2': 'opzegtermijn_maand' wordt hernoemd naar 'opzegtermijn_in_maanden', maar de vraag 'opzegtermijn_in_maanden' bestaat niet.")]
    [InlineData("wijziging-hernoemt-bestaande.json", "wijziging van versie '1' naar '2': 'naam' wordt hernoemd, maar de vraag 'naam' bestaat nog.")]
    [InlineData("wijziging-verwijdert-bestaande.json", "wijziging van versie '1' naar '2': 'partijen.kvk' wordt verwijderd, maar die vraag bestaat nog.")]
    [InlineData("wijziging-reeks-gebroken.json", "wijziging van versie '1' naar '2': moet naar versie '3' leiden")]
    [InlineData("wijziging-verlaat-groep.json", "'partijen.kvk' wordt hernoemd naar 'kvk', maar een hernoemde vraag blijft in haar groep")]
    public void BadDefinition_StopsLoading_WithAClearDutchMessage(string file, string expected)
    {
        var exception = Assert.Throws<QuestionnaireDefinitionException>(() => QuestionnaireLoader.Load(TestQuestionnaire.TestDataPath(file)));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDefinitionFile_StopsLoading_NamingTheSetting()
    {
        var exception = Assert.Throws<QuestionnaireDefinitionException>(() => QuestionnaireLoader.Load("/bestaat/niet/vragenlijst.json"));

        Assert.Contains("Questionnaire:Path", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Condition_InsideAGroup_MayReadSiblingIds()
    {
        var definition = TestQuestionnaire.Define("""
            { "id": "partijen", "type": "groep", "label": "P", "hulp": "Waarom.", "vragen": [
              { "id": "soort", "type": "keuze", "label": "Soort", "hulp": "Waarom.", "opties": ["school", "zorg"] },
              { "id": "brin", "type": "brin", "label": "BRIN", "hulp": "Waarom.", "zichtbaar_als": "soort == \"school\"" } ] }
            """);

        Assert.Equal("soort == \"school\"", definition.Questions["partijen"].Questions[1].Condition!.Expression);
    }

    [Fact]
    public void Condition_OutsideTheGroup_CannotReadAGroupMember()
    {
        var exception = Assert.Throws<QuestionnaireDefinitionException>(() => TestQuestionnaire.Define(
            """{ "id": "partijen", "type": "groep", "label": "P", "hulp": "Waarom.", "vragen": [ { "id": "soort", "type": "tekst", "label": "S", "hulp": "Waarom." } ] }""",
            """{ "id": "brin", "type": "brin", "label": "BRIN", "hulp": "Waarom.", "zichtbaar_als": "soort == \"school\"" }"""));

        Assert.Contains("noemt 'soort', maar zo'n vraag bestaat niet", exception.Message, StringComparison.Ordinal);
    }
}
