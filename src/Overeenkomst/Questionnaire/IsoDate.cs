using System.Globalization;

namespace Overeenkomst.Questionnaire;

/// <summary>Reads a date the way answers hold one: "2026-09-01", exactly <c>yyyy-MM-dd</c>.</summary>
/// <remarks>
/// Gives what <c>DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, …)</c>
/// gives — any text not of that exact shape is left to it — but reads the shape every valid answer has without .NET's
/// general date parser, which was a sixth of the check of the largest example (it reads every date several times).
/// </remarks>
internal static class IsoDate
{
    /// <summary>Whether <paramref name="text"/> is an ISO date, and which.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        if (text is { Length: 10 } && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4) is var year and > 0
            && Digits(text, 5, 2) is var month and >= 1 and <= 12
            && Digits(text, 8, 2) is var day and >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    // The number the ASCII digits at start..start+count write; -1 when one of them is not a digit.
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
