using System.Text.Json.Nodes;

namespace Overeenkomst.Tests.Questionnaire;

public class CrossFieldRuleTests
{
    private static IReadOnlyList<string> ErrorsAfter(Action<JsonObject> change, string id)
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        change(answers);
        return TestQuestionnaire.ErrorsFor(TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse(answers)).Validation, id);
    }

    [Fact]
    public void Parties_WithoutASchool_AreRefused()
    {
        var errors = ErrorsAfter(a => a["partijen"]![1]!["soort"] = "overig", "partijen");

        Assert.Equal(["Er moet ten minste één onderwijsinstelling (mbo-instelling of hogeschool) meedoen."], errors);
    }

    [Fact]
    public void Parties_WithoutACareOrganisation_AreRefused()
    {
        var errors = ErrorsAfter(a => a["partijen"]![0]!["soort"] = "overig", "partijen");

        Assert.Equal(["Er moet ten minste één zorgorganisatie meedoen."], errors);
    }

    [Theory]
    [InlineData("2026-08-01")]
    [InlineData("2025-01-01")]
    public void EndDate_NotAfterStart_IsRefused(string end)
    {
        var errors = ErrorsAfter(a => a["einddatum"] = end, "einddatum");

        Assert.Equal(["De einddatum moet na de ingangsdatum liggen."], errors);
    }

    [Fact]
    public void FundingShares_ThatDoNotAddUpTo100_AreRefused_NamingTheBudgetLine()
    {
        var errors = ErrorsAfter(a => a["begroting"]![2]!["verdeling"]![0]!["aandeel"] = 40, "begroting[2].verdeling");

        Assert.Equal(["De aandelen in de kostenpost 'Inrichting leslokaal (computers, beamer, wifi)' tellen op tot 90\u00A0%; dat moet 100 % zijn."], errors);
    }

    [Fact]
    public void NegativeCount_IsRefused()
    {
        var errors = ErrorsAfter(a => a["opleidingen"]![0]!["aantal_studenten"] = -3, "opleidingen[0].aantal_studenten");

        Assert.Equal(["Het getal mag niet kleiner zijn dan 0."], errors);
    }

    [Fact]
    public void Role_NamingAPartyThatDoesNotExist_IsRefused()
    {
        var errors = ErrorsAfter(a => a["rollen"]![0]!["partij"] = "Albedo", "rollen[0].partij");

        Assert.Equal(["'Albedo' is geen partij in deze overeenkomst; gebruik een van de korte namen: Laurens, Albeda."], errors);
    }

    [Fact]
    public void ShortName_UsedTwice_IsRefused()
    {
        var errors = ErrorsAfter(a => a["partijen"]![1]!["korte_naam"] = "Laurens", "partijen[1].korte_naam");

        Assert.Equal(["De korte naam 'Laurens' is al aan een andere partij gegeven; elke partij heeft een eigen korte naam."], errors);
    }
}
