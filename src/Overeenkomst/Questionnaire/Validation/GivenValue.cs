using System.Text.Json;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// An answer of the wrong kind, said back to the person: what they gave and what belongs here ("U gaf tekst ('zes'); hier
/// hoort een getal, zoals 6."), so they see the mistake instead of only the rule.
/// </summary>
internal static class GivenValue
{
    // Enough to recognise what was typed; a pasted page is not repeated back in full.
    private const int LongestExcerpt = 40;

    /// <summary>The refusal of <paramref name="value"/> where <paramref name="expected"/> belongs.</summary>
    public static FormatResult WrongType(JsonElement value, string expected) => FormatResult.Invalid(Message(value, expected));

    /// <summary>The message for <paramref name="value"/> where <paramref name="expected"/> belongs.</summary>
    public static string Message(JsonElement value, string expected) => Messages.WrongType(Describe(value), expected);

    /// <summary>Text that is no number, where <paramref name="expected"/> (a number of some kind) belongs.</summary>
    public static string Text(string text, string expected) => Messages.WrongType(Messages.GivenText(Excerpt(text)), expected);

    private static string Describe(JsonElement value) => AnswerText.Of(value) is { } text ? Messages.GivenText(Excerpt(text)) : value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetDecimal(out var number) ? Messages.GivenNumber(number) : Messages.GivenNumber(value.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => Messages.GivenYesNo(value.GetBoolean()),
        JsonValueKind.Array => Messages.GivenList,
        _ => Messages.GivenObject,
    };

    private static string Excerpt(string text)
    {
        // Control characters would only garble the message; the answer itself is cleaned where it is written.
        var plain = string.Concat(text.Where(c => !char.IsControl(c))).Trim();
        if (plain.Length <= LongestExcerpt)
        {
            return plain;
        }

        // At the last space when there is one in reach, never between the halves of a character.
        var space = plain.LastIndexOf(' ', LongestExcerpt);
        var cut = space > LongestExcerpt / 2 ? space : char.IsHighSurrogate(plain[LongestExcerpt - 1]) ? LongestExcerpt - 1 : LongestExcerpt;
        return plain[..cut].TrimEnd() + "…";
    }
}
