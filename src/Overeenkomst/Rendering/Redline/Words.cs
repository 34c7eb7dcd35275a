using System.Globalization;
using System.Text;
using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Redline;

/// <summary>
/// The text of a paragraph as a sequence of words, spaces and punctuation, each with the emphasis it is written in:
/// what a word diff compares, and what it writes back as inlines.
/// </summary>
internal static class Words
{
    /// <summary>The tokens of <paramref name="inline"/>.</summary>
    public static List<Word> Of(ContainerInline? inline)
    {
        var words = new List<Word>();
        Add(words, inline, WordStyle.None);
        return words;
    }

    /// <summary>How much of two token lists is shared, from 0 to 1, counting the characters of equal words (not spaces).</summary>
    public static double Similarity(IReadOnlyList<Word> older, IReadOnlyList<Word> newer, IEnumerable<WordChange> changes)
    {
        var shared = changes.Where(change => change.Kind == WordChangeKind.Equal && !change.Word.IsSpace).Sum(change => change.Word.Text.Length);
        var total = older.Concat(newer).Where(word => !word.IsSpace).Sum(word => word.Text.Length);
        return total == 0 ? 1 : 2.0 * shared / total;
    }

    private static void Add(List<Word> words, Inline? inline, WordStyle style)
    {
        switch (inline)
        {
            case LiteralInline literal:
                Split(words, literal.Content.ToString(), style);
                break;
            case LineBreakInline lineBreak when lineBreak.IsHard:
                words.Add(new Word("\n", style, IsBreak: true));
                break;
            case LineBreakInline:
                words.Add(new Word(" ", style));
                break;
            case HtmlEntityInline entity:
                Split(words, entity.Transcoded.ToString(), style);
                break;
            case CodeInline code:
                Split(words, code.Content, style | WordStyle.Code);
                break;
            case AutolinkInline link:
                Split(words, link.Url, style);
                break;
            case EmphasisInline emphasis:
                AddChildren(words, emphasis, style | (emphasis.DelimiterCount >= 2 ? WordStyle.Bold : WordStyle.Italic));
                break;
            case LinkInline link:
                // As the Word file prints it: the text, then the address in brackets.
                AddChildren(words, link, style);
                if (!string.IsNullOrEmpty(link.Url) && !link.IsImage)
                {
                    Split(words, $" ({link.Url})", style);
                }

                break;
            case ContainerInline container:
                AddChildren(words, container, style);
                break;
        }
    }

    private static void AddChildren(List<Word> words, ContainerInline container, WordStyle style)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Add(words, child, style);
        }
    }

    // A word is a run of letters and digits (with the marks inside a word, as in "praktijk-opleider" or "24.000,50");
    // spaces and every other character stand alone, so a changed amount or date is one changed word.
    private static void Split(List<Word> words, string text, WordStyle style)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = start + 1;
            if (IsWordChar(text[start]))
            {
                while (end < text.Length && (IsWordChar(text[end]) || (IsJoiner(text[end]) && end + 1 < text.Length && IsWordChar(text[end + 1]))))
                {
                    end++;
                }
            }
            else if (char.IsWhiteSpace(text[start]))
            {
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }
            }
            else if (char.IsHighSurrogate(text[start]) && end < text.Length)
            {
                end++;
            }

            words.Add(new Word(text[start..end], style));
            start = end;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static bool IsJoiner(char c) => c is '-' or '.' or ',' or '\'' or '’';

    /// <summary>The key DiffPlex compares: the emphasis and the text.</summary>
    public static string[] Keys(IReadOnlyList<Word> words)
    {
        var keys = new string[words.Count];
        var key = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            key.Clear().Append((char)('A' + (int)words[i].Style)).Append(words[i].IsBreak ? "\n" : words[i].Text);
            keys[i] = key.ToString();
        }

        return keys;
    }
}

/// <summary>One token of a paragraph.</summary>
/// <param name="Text">Its text.</param>
/// <param name="Style">The emphasis it is written in.</param>
/// <param name="IsBreak">A hard line break.</param>
internal readonly record struct Word(string Text, WordStyle Style, bool IsBreak = false)
{
    public bool IsSpace => !IsBreak && Text.Length > 0 && char.IsWhiteSpace(Text[0]);
}

/// <summary>The emphasis a word is written in.</summary>
[Flags]
internal enum WordStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
}

/// <summary>A word kept, deleted or inserted.</summary>
internal readonly record struct WordChange(WordChangeKind Kind, Word Word);

/// <summary>What happened to a word.</summary>
internal enum WordChangeKind
{
    Equal,
    Deleted,
    Inserted,
}
