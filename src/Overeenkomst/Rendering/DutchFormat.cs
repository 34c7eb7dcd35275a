using System.Globalization;

namespace Overeenkomst.Rendering;

/// <summary>How an agreement writes dates, money, numbers and enumerations: the Dutch way, whatever the server's culture.</summary>
public static class DutchFormat
{
    /// <summary>The culture of every agreement.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>"1 september 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>"1 juli 2026 om 11:30", in Dutch time, for the moments the product reports (when a text was changed, when a version was made).</summary>
    public static string Moment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, DutchTime).ToString("d MMMM yyyy 'om' HH:mm", Culture);

    // The Netherlands' zone where the machine knows it (tzdata); otherwise UTC, which is still a correct moment.
    private static readonly TimeZoneInfo DutchTime =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>"€ 12.500,00", with a non-breaking space so the sign never ends a line on its own.</summary>
    public static string Money(decimal amount) =>
        amount < 0
            ? "-€\u00A0" + (-amount).ToString("#,##0.00", Culture)
            : "€\u00A0" + amount.ToString("#,##0.00", Culture);

    /// <summary>"12,5" or "6": as many decimals as the number needs, at most two.</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", Culture);

    /// <summary>"80 %", with a non-breaking space.</summary>
    public static string Percentage(decimal value) => Number(value) + "\u00A0%";

    /// <summary>"46,6 %" and "50,0 %" alike: a fixed number of decimals, so the figures of one column line up.</summary>
    public static string Percentage(decimal value, int decimals) =>
        decimal.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,##0." + new string('0', decimals), Culture).TrimEnd('.') + "\u00A0%";

    // Area codes of three digits (with the 0); every other fixed-line area code has four. Mobile numbers start with 06.
    private static readonly HashSet<string> ShortAreaCodes =
    [
        "010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040", "043", "045", "046",
        "050", "053", "055", "058", "070", "071", "072", "073", "074", "075", "076", "077", "078", "079", "085", "088", "091",
    ];

    /// <summary>
    /// A Dutch phone number as people write it: "010 123 45 67", "0570 12 34 56", "06 12 34 56 78", "+31 10 123 45 67";
    /// anything that is not a Dutch number of ten digits is shown as stored.
    /// </summary>
    public static string Phone(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var international = number.StartsWith("+31", StringComparison.Ordinal) && number.Length == 12;
        var national = international ? "0" + number[3..] : number;
        if (national.Length != 10 || !national.All(char.IsAsciiDigit) || national[0] != '0')
        {
            return number;
        }

        var area = national.StartsWith("06", StringComparison.Ordinal) ? 2 : ShortAreaCodes.Contains(national[..3]) ? 3 : 4;
        var subscriber = national[area..];
        var grouped = subscriber.Length == 7
            ? $"{subscriber[..3]} {subscriber[3..5]} {subscriber[5..]}"
            : string.Join(' ', subscriber.Chunk(2).Select(pair => new string(pair)));
        return international ? $"+31 {national[1..area]} {grouped}" : $"{national[..area]} {grouped}";
    }

    private static readonly string[] NumberWords =
        ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];

    /// <summary>"twee" for 2, as in "in tweevoud opgemaakt"; numbers above twelve and fractions as digits.</summary>
    public static string NumberWord(decimal value) =>
        value == decimal.Truncate(value) && value >= 0 && value < NumberWords.Length ? NumberWords[(int)value] : Number(value);

    /// <summary>"A", "A en B", "A, B en C".</summary>
    public static string Enumeration(IReadOnlyList<string> items) => Joined(items, "en");

    /// <summary>"A", "A of B", "A, B of C": the choices when only one of them is meant.</summary>
    public static string Alternatives(IReadOnlyList<string> items) => Joined(items, "of");

    private static string Joined(IReadOnlyList<string> items, string lastJoin)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + $" {lastJoin} " + items[^1],
        };
    }
}
