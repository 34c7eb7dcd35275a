using Overeenkomst.Rendering;

namespace Overeenkomst.Tests.Rendering;

/// <summary>Dates, money and enumerations read the Dutch way, whatever the server's culture.</summary>
public sealed class DutchFormatTests
{
    [Theory]
    [InlineData(2026, 9, 1, "1 september 2026")]
    [InlineData(2027, 3, 15, "15 maart 2027")]
    public void Date_IsDayMonthInWordsYear_LowerCase(int year, int month, int day, string expected) =>
        Assert.Equal(expected, DutchFormat.Date(new DateOnly(year, month, day)));

    [Theory]
    [InlineData("12500", "€\u00A012.500,00")]
    [InlineData("0.5", "€\u00A00,50")]
    [InlineData("1234567.891", "€\u00A01.234.567,89")]
    [InlineData("-10", "-€\u00A010,00")]
    public void Money_HasEuroSign_NonBreakingSpace_DotThousands_CommaDecimals(string amount, string expected) =>
        Assert.Equal(expected, DutchFormat.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "A" }, "A")]
    [InlineData(new[] { "A", "B" }, "A en B")]
    [InlineData(new[] { "A", "B", "C" }, "A, B en C")]
    public void Enumeration_JoinsWithCommasAndEn(string[] items, string expected) =>
        Assert.Equal(expected, DutchFormat.Enumeration(items));

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "A" }, "A")]
    [InlineData(new[] { "A", "B" }, "A of B")]
    [InlineData(new[] { "A", "B", "C" }, "A, B of C")]
    public void Alternatives_JoinsWithCommasAndOf(string[] items, string expected) =>
        Assert.Equal(expected, DutchFormat.Alternatives(items));

    [Theory]
    [InlineData(2, "twee")]
    [InlineData(12, "twaalf")]
    [InlineData(13, "13")]
    public void NumberWord_IsWrittenOutUpToTwelve(int value, string expected) =>
        Assert.Equal(expected, DutchFormat.NumberWord(value));

    [Fact]
    public void Percentage_HasANonBreakingSpaceBeforeTheSign() =>
        Assert.Equal("12,5\u00A0%", DutchFormat.Percentage(12.5m));
}
