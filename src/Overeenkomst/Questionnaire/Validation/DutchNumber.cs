using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>Reads a number typed as text the way Dutch people write it: "24.000" is twenty-four thousand, "1,5" is one and a half.</summary>
/// <remarks>
/// A number sent as text is read in Dutch notation only, never guessed: "24.000" was once read as 24,00, which silently
/// made a budget line a thousand times smaller. A point separates thousands (in groups of three), a comma the decimals;
/// spaces may separate thousands too. An amount may carry a euro sign and end in ",-"; a percentage may end in "%".
/// Anything else ("1.5", "12.50") is refused with the reason, because it cannot be told apart from a typo.
/// JSON numbers (<c>24000</c>, <c>1.5</c>) are not text and do not come here.
/// </remarks>
public static partial class DutchNumber
{
    /// <summary>What a number stands for, which decides the signs it may carry.</summary>
    public enum Kind
    {
        /// <summary>A plain number.</summary>
        Plain,

        /// <summary>An amount in euros: "€ 12.500", "12.500,-".</summary>
        Money,

        /// <summary>A percentage: "85%", "85 %".</summary>
        Percentage,
    }

    /// <summary>Reads the number <paramref name="text"/> stands for; false with the Dutch reason when it cannot be read.</summary>
    public static bool TryRead(string text, Kind kind, out decimal value, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();
        if (kind == Kind.Money && rest.StartsWith('€'))
        {
            rest = rest[1..].TrimStart();
        }

        if (kind == Kind.Percentage && rest.EndsWith('%'))
        {
            rest = rest[..^1].TrimEnd();
        }

        if (kind == Kind.Money && (rest.EndsWith(",-", StringComparison.Ordinal) || rest.EndsWith(",--", StringComparison.Ordinal)))
        {
            rest = rest[..rest.IndexOf(',', StringComparison.Ordinal)];
        }

        var match = Notation().Match(rest);
        if (!match.Success)
        {
            value = 0;
            error = Looks(rest) ? Messages.NotDutchNotation(text.Trim()) : GivenValue.Text(text, Expected(kind));
            return false;
        }

        var digits = match.Groups["sign"].Value + match.Groups["whole"].Value.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (match.Groups["fraction"].Success)
        {
            digits += "." + match.Groups["fraction"].Value;
        }

        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            error = Messages.NumberOutOfRange;
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>What belongs where a number of <paramref name="kind"/> is asked, in the words of a message.</summary>
    internal static string Expected(Kind kind, bool whole = false) => kind switch
    {
        Kind.Money => Messages.ExpectedAmount,
        Kind.Percentage => Messages.ExpectedPercentage,
        _ => whole ? Messages.ExpectedWholeNumber : Messages.ExpectedNumber,
    };

    // Digits with points or commas in them: meant as a number, but not in a notation we can read without guessing.
    private static bool Looks(string text) => text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or ' ' or '-' or '+');

    // A whole part of plain digits, or of groups of three separated by points or by spaces (not both), then ",decimals".
    [GeneratedRegex(@"^(?<sign>[-+]?)\s*(?<whole>\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+)(?:,(?<fraction>\d+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Notation();
}
