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

    private static readonly string[] NumberWords =
        ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];

    /// <summary>"twee" for 2, as in "in tweevoud opgemaakt"; numbers above twelve and fractions as digits.</summary>
    public static string NumberWord(decimal value) =>
        value == decimal.Truncate(value) && value >= 0 && value < NumberWords.Length ? NumberWords[(int)value] : Number(value);

    /// <summary>"A", "A en B", "A, B en C".</summary>
    public static string Enumeration(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " en " + items[^1],
        };
    }
}
