using System.Buffers;
using System.Text;

namespace Overeenkomst.Rendering.Markdown;

/// <summary>Turns text a user typed into Markdown that reads back as exactly that text.</summary>
/// <remarks>
/// Answers are data, never markup: <c>**vet**</c>, <c># kop</c>, <c>&lt;script&gt;</c> or <c>&amp;amp;</c> must reach the
/// document as typed. CommonMark lets a backslash make any ASCII punctuation literal, so we escape the characters that
/// can open markup anywhere in a line, and the few that only matter at the start of a line (lists, headings, quotes,
/// fences). Characters that XML cannot hold are removed here too, because this is where user text enters the document.
/// </remarks>
public static class MarkdownText
{
    private static readonly SearchValues<char> AnywhereSpecial = SearchValues.Create("\\`*_[]<>&|~^");
    private static readonly SearchValues<char> LineStartSpecial = SearchValues.Create("#-+=:!");

    /// <summary>Escapes <paramref name="text"/> for use inside one line of Markdown; line breaks become spaces.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = DocumentText.Clean(text, keepLineBreaks: false).Trim();
        if (LineStartMarker(clean) < 0 && !clean.AsSpan().ContainsAny(AnywhereSpecial))
        {
            // Most answers (names, numbers, dates, sentences) need no escaping and are written without a copy.
            return clean;
        }

        var builder = new StringBuilder(clean.Length + 16);
        AppendLine(builder, clean);
        return builder.ToString();
    }

    /// <summary>Escapes a longer text as paragraphs: a blank line starts a new paragraph, a single line break stays a line break.</summary>
    public static string EscapeParagraphs(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 32);
        var lineCount = 0;
        foreach (var rawLine in DocumentText.Clean(text, keepLineBreaks: true).Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                lineCount = 0;
                continue;
            }

            if (lineCount > 0)
            {
                // A backslash before the line ending is CommonMark's hard line break.
                builder.Append("\\\n");
            }
            else if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            AppendLine(builder, line);
            lineCount++;
        }

        return builder.ToString();
    }

    private static void AppendLine(StringBuilder builder, string line)
    {
        var rest = line.AsSpan();
        var marker = LineStartMarker(rest);
        if (marker >= 0)
        {
            builder.Append(rest[..marker]).Append('\\').Append(rest[marker]);
            rest = rest[(marker + 1)..];
        }

        while (!rest.IsEmpty)
        {
            var next = rest.IndexOfAny(AnywhereSpecial);
            if (next < 0)
            {
                builder.Append(rest);
                break;
            }

            builder.Append(rest[..next]).Append('\\').Append(rest[next]);
            rest = rest[(next + 1)..];
        }
    }

    // The position of a character that would open a block at the start of a line ("# kop", "- punt", "1. punt",
    // "iv) punt"), which must be escaped; -1 when the line opens none.
    private static int LineStartMarker(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
        {
            return -1;
        }

        if (LineStartSpecial.Contains(line[0]))
        {
            return 0;
        }

        // "1." "12)" "a." "iv)" would open an (ordered, lettered or roman) list item.
        var word = 0;
        while (word < line.Length && char.IsAsciiLetterOrDigit(line[word]))
        {
            word++;
        }

        return word > 0 && word < line.Length && line[word] is '.' or ')' ? word : -1;
    }
}
