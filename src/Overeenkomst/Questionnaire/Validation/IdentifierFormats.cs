using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>The Dutch identifiers and contact details of DOMAIN.md "Input formats": checked, and written the usual way.</summary>
internal static partial class IdentifierFormats
{
    public static FormatResult Email(string text) =>
        EmailAddress.IsValid(text) ? Valid(text) : FormatResult.Invalid(Messages.NotAnEmail);

    /// <summary>Spaces, dashes, dots and brackets are allowed and removed; a leading + is kept.</summary>
    public static FormatResult Phone(string text)
    {
        // "+31 (0)10 …": the trunk zero in brackets is not dialled after a country code.
        if (text.StartsWith('+'))
        {
            text = text.Replace("(0)", string.Empty, StringComparison.Ordinal);
        }

        var digits = new StringBuilder();
        foreach (var (c, i) in text.Select((c, i) => (c, i)))
        {
            if (char.IsAsciiDigit(c) || (c == '+' && i == 0))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return FormatResult.Invalid(Messages.NotAPhoneNumber);
            }
        }

        var number = digits.ToString();
        var ok = number.StartsWith('+') ? number.Length is >= 9 and <= 16 : number.Length == 10 && number[0] == '0';
        return ok ? Valid(number) : FormatResult.Invalid(Messages.NotAPhoneNumber);
    }

    /// <summary>"1234ab" → "1234 AB"; SA, SD and SS are never issued.</summary>
    public static FormatResult Postcode(string text)
    {
        var upper = text.ToUpperInvariant();
        var match = PostcodePattern().Match(upper);
        if (!match.Success)
        {
            return FormatResult.Invalid(Messages.NotAPostcode);
        }

        var letters = match.Groups[2].Value;
        return letters is "SA" or "SD" or "SS"
            ? FormatResult.Invalid(Messages.PostcodeLettersNotIssued(letters))
            : Valid($"{match.Groups[1].Value} {letters}");
    }

    public static FormatResult Kvk(string text)
    {
        // Written in groups as often as not: "2435 2716", "24.35.27.16".
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal);
        return compact.Length == 8 && compact.All(char.IsAsciiDigit) ? Valid(compact) : FormatResult.Invalid(Messages.NotAKvkNumber);
    }

    public static FormatResult Brin(string text)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return BrinPattern().IsMatch(compact) ? Valid(compact) : FormatResult.Invalid(Messages.NotABrin);
    }

    /// <summary>A Dutch IBAN with a valid ISO 13616 check (mod 97 = 1), written in groups of four.</summary>
    public static FormatResult Iban(string text)
    {
        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (!IbanPattern().IsMatch(compact))
        {
            return FormatResult.Invalid(Messages.NotAnIban);
        }

        if (Mod97(compact[4..] + compact[..4]) != 1)
        {
            return FormatResult.Invalid(Messages.IbanCheckFailed);
        }

        return Valid(string.Join(' ', compact.Chunk(4).Select(chunk => new string(chunk))));
    }

    public static FormatResult ProgrammeCode(string text) =>
        text.Length == 5 && text.All(char.IsAsciiDigit) ? Valid(text) : FormatResult.Invalid(Messages.NotAProgrammeCode);

    private static int Mod97(string rearranged)
    {
        var remainder = 0;
        foreach (var c in rearranged)
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value >= 10 ? ((remainder * 100) + value) % 97 : ((remainder * 10) + value) % 97;
        }

        return remainder;
    }

    private static FormatResult Valid(string text) => FormatResult.Valid(JsonValue.Create(text));

    [GeneratedRegex("^([1-9][0-9]{3}) ?([A-Z]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodePattern();

    [GeneratedRegex("^[0-9A-Z]{4}([0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BrinPattern();

    [GeneratedRegex("^NL[0-9]{2}[A-Z]{4}[0-9]{10}$", RegexOptions.CultureInvariant)]
    private static partial Regex IbanPattern();
}
