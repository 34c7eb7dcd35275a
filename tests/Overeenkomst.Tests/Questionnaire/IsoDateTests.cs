using System.Globalization;
using Overeenkomst.Questionnaire;

namespace Overeenkomst.Tests.Questionnaire;

public class IsoDateTests
{
    // IsoDate reads the common shape itself and must answer exactly as the .NET parser it replaces.
    [Theory]
    [InlineData("2026-09-01")]
    [InlineData("2028-02-29")]
    [InlineData("2027-02-29")]
    [InlineData("2026-04-31")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2026-9-01")]
    [InlineData("2026-09-1")]
    [InlineData("26-09-2026")]
    [InlineData("2026/09/01")]
    [InlineData(" 2026-09-01")]
    [InlineData("2026-09-01 ")]
    [InlineData("2026-09-01T00:00")]
    [InlineData("２０２６-09-01")]
    [InlineData("2026-0a-01")]
    [InlineData("")]
    [InlineData(null)]
    public void An_ISO_date_reads_as_the_exact_parser_reads_it(string? text)
    {
        var expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedDate);

        var actual = IsoDate.TryParse(text, out var actualDate);

        Assert.Equal(expected, actual);
        Assert.Equal(expectedDate, actualDate);
    }

    [Fact]
    public void Every_day_of_four_years_reads_as_the_exact_parser_reads_it()
    {
        for (var day = new DateOnly(2027, 1, 1); day < new DateOnly(2031, 1, 1); day = day.AddDays(1))
        {
            var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.True(IsoDate.TryParse(text, out var read));
            Assert.Equal(day, read);
        }
    }
}
