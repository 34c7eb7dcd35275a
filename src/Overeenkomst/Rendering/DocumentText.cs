using System.Buffers;
using System.Text;

namespace Overeenkomst.Rendering;

/// <summary>Makes any string safe to place in a Word document: what XML 1.0 cannot hold is removed, whitespace made plain.</summary>
/// <remarks>
/// Decision (documented in the README): control characters U+0000–U+001F are removed rather than refused, because they
/// arrive invisibly from copy and paste and the person cannot see what to fix. A tab becomes a space; a vertical tab or
/// form feed (Word's manual line and page break) becomes a line break. Unpaired surrogates and U+FFFE/U+FFFF go too.
/// </remarks>
public static class DocumentText
{
    /// <summary>Returns the text without characters a document cannot hold.</summary>
    /// <param name="text">The text as the user typed it.</param>
    /// <param name="keepLineBreaks">Keep line breaks as <c>\n</c>; otherwise each becomes a space.</param>
    public static string Clean(string text, bool keepLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var lineBreak = keepLineBreaks ? '\n' : ' ';
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    builder.Append(lineBreak);
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n' or '\v' or '\f' or '\u2028' or '\u2029':
                    builder.Append(lineBreak);
                    break;
                case '\t':
                    builder.Append(' ');
                    break;
                case < ' ' or '\uFFFE' or '\uFFFF':
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (!char.IsSurrogate(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    // Every character Clean replaces or removes, except surrogates: those go only when unpaired.
    private static readonly SearchValues<char> Replaced = SearchValues.Create(
        string.Concat(Enumerable.Range(0, ' ').Select(c => (char)c)) + "\uFFFE\uFFFF\u2028\u2029");

    // Nearly every text in an agreement needs nothing: two vectorised searches say so without a loop per character.
    private static bool NeedsCleaning(string text) =>
        text.AsSpan().IndexOfAny(Replaced) >= 0
        || (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 && HasUnpairedSurrogate(text));

    private static bool HasUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
