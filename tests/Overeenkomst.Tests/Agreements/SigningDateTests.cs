using System.Text.Json;
using Overeenkomst.Agreements;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Agreements;

public sealed class SigningDateTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private static JsonElement Answers(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void ASigningDateBeforeToday_IsRefused_OnTheSigningDateQuestion_NamingItByItsLabel()
    {
        var error = SigningDate.CheckAtSubmit(Answers("""{ "ondertekening_datum": "2026-12-04" }"""), Today);

        Assert.NotNull(error);
        Assert.Equal("ondertekening_datum", error.QuestionId);
        Assert.Equal(
            "De datum van ondertekening (4 december 2026) ligt vóór vandaag (5 december 2026), de dag waarop deze versie ter beoordeling wordt aangeboden. "
            + "Kies een latere datum bij 'Datum van ondertekening (als alle partijen op dezelfde dag tekenen)', of laat die leeg als ieder op een eigen dag tekent, "
            + "en maak een nieuwe versie.",
            error.Message);
        Questionnaire.TestQuestionnaire.AssertNamesQuestions(error.Message, "ondertekening_datum");
    }

    [Theory]
    [InlineData("""{ "ondertekening_datum": "2026-12-05" }""")]
    [InlineData("""{ "ondertekening_datum": "2027-01-15" }""")]
    [InlineData("""{ "ondertekening_datum": null }""")]
    [InlineData("""{ "naam_leerwerkplek": "Leerafdeling" }""")]
    public void TodayALaterDateOrNoDate_CanBeSubmitted(string answers)
    {
        Assert.Null(SigningDate.CheckAtSubmit(Answers(answers), Today));
    }

    [Theory]
    [InlineData("2026-12-04T22:59:00Z", "2026-12-04")]
    [InlineData("2026-12-04T23:00:00Z", "2026-12-05")]
    [InlineData("2026-07-01T21:59:00Z", "2026-07-01")]
    [InlineData("2026-07-01T22:00:00Z", "2026-07-02")]
    public void Today_IsTheDateInTheNetherlands_InWinterAndInSummer(string utc, string dutchDate)
    {
        var clock = new FixedClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(dutchDate, System.Globalization.CultureInfo.InvariantCulture), SigningDate.Today(clock));
    }
}
