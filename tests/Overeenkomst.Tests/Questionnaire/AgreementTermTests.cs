using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire;

namespace Overeenkomst.Tests.Questionnaire;

public class AgreementTermTests
{
    [Theory]
    [InlineData("stilzwijgende verlenging met een jaar", "2030-07-31", 6, "2030-01-31")]
    [InlineData("verlenging na schriftelijk besluit", "2030-07-31", 6, "2030-01-31")]
    [InlineData("verlenging na schriftelijk besluit", "2030-07-31", 12, "2029-07-31")]
    [InlineData("stilzwijgende verlenging met een jaar", "2030-08-31", 6, "2030-02-28")]
    [InlineData("stilzwijgende verlenging met een jaar", "2028-08-31", 6, "2028-02-29")]
    public void DecisionDeadline_IsTheEndDateMinusTheNoticePeriod(string renewal, string end, int months, string deadline)
    {
        Assert.Equal(DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture),
            AgreementTerm.DecisionDeadline(renewal, DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), months));
    }

    [Theory]
    [InlineData("geen verlenging")]
    [InlineData(null)]
    public void DecisionDeadline_WithoutRenewal_IsNone(string? renewal)
    {
        Assert.Null(AgreementTerm.DecisionDeadline(renewal, new DateOnly(2030, 7, 31), 6));
    }

    [Fact]
    public void DecisionDeadline_FromPreparedAnswers_IsTheSameDay()
    {
        var answers = new JsonObject { ["einddatum"] = "2030-07-31", ["opzegtermijn_maanden"] = 6m, ["verlenging"] = AgreementTerm.TacitRenewal };

        Assert.Equal(new DateOnly(2030, 1, 31), AgreementTerm.DecisionDeadline(answers));
    }

    [Theory]
    [InlineData("""{ "opzegtermijn_maanden": 6, "verlenging": "stilzwijgende verlenging met een jaar" }""")]
    [InlineData("""{ "einddatum": "2030-07-31", "verlenging": "stilzwijgende verlenging met een jaar" }""")]
    [InlineData("""{ "einddatum": "2030-07-31", "opzegtermijn_maanden": 6 }""")]
    [InlineData("""{ "einddatum": "2030-07-31", "opzegtermijn_maanden": 1.5, "verlenging": "stilzwijgende verlenging met een jaar" }""")]
    public void DecisionDeadline_FromAnswersThatLackAPart_IsNotGuessed(string answers)
    {
        Assert.Null(AgreementTerm.DecisionDeadline(JsonNode.Parse(answers)!.AsObject()));
    }

    [Fact]
    public void RenewalConstants_AreTheQuestionnairesOptions()
    {
        Assert.Equal(
            new[] { AgreementTerm.NoRenewal, AgreementTerm.TacitRenewal, AgreementTerm.RenewalByDecision }.Order(),
            TestQuestionnaire.Definition.Questions["verlenging"].Options.Order());
    }
}
