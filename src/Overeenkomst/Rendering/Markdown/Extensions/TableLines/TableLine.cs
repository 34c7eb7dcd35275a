using System.Buffers;
using Markdig.Helpers;

namespace Overeenkomst.Rendering.Markdown.Extensions.TableLines;

/// <summary>
/// One line of a pipe table as the templates write it, <c>| a | b |</c>: the cells between its pipes, found by scanning
/// the line once, without parsing its inlines.
/// </summary>
/// <remarks>
/// <para>
/// A pipe splits cells unless an inline holds it: a backslash escape (<c>\|</c>, which <see cref="MarkdownText"/> writes
/// for a pipe in an answer), a code span, a link's text or an autolink. Escapes are skipped here; a line with a backtick,
/// <c>[</c> or <c>&lt;</c> is left to Markdig, which parses the inlines first. An inline parser added to the pipeline that
/// can hold a pipe must add its opening character to <see cref="LeftToMarkdig"/>.
/// </para>
/// </remarks>
internal static class TableLine
{
    // Opening characters of the inlines that can hold a pipe: code spans, links and images, autolinks.
    private const string LeftToMarkdig = "`[<";

    // What a scan of a line stops at: a pipe, an escape, or what is left to Markdig.
    private static readonly SearchValues<char> Special = SearchValues.Create("|\\" + LeftToMarkdig);

    // What NextPipe finds besides a pipe: the end of the line, or an inline that Markdig must read.
    private const int NoPipe = -1;
    private const int Unread = -2;

    /// <summary>The number of cells of <c>text[start..end]</c>, a line without its line ending; -1 when it is not a row <c>| … |</c>.</summary>
    public static int CountCells(string text, int start, int end)
    {
        if (start > end || text[start] != '|')
        {
            return -1;
        }

        var cells = 0;
        var position = start + 1;
        int pipe;
        while ((pipe = NextPipe(text, position, end)) >= 0)
        {
            cells++;
            position = pipe + 1;
        }

        // Nothing but spaces after the last pipe: text there would be one more cell, which Markdig may read otherwise.
        return pipe == NoPipe && cells > 0 && IsBlank(text, position, end) ? cells : -1;
    }

    /// <summary>
    /// The cell that starts at <paramref name="position"/> (just after a pipe), trimmed as Markdig trims cells;
    /// <paramref name="position"/> moves past its closing pipe.
    /// </summary>
    /// <remarks>Only for a line <see cref="CountCells"/> accepted, and only as many times as it counted.</remarks>
    public static StringSlice NextCell(string text, ref int position, int end)
    {
        var pipe = NextPipe(text, position, end);
        var cell = new StringSlice(text, position, pipe - 1);
        cell.Trim();
        position = pipe + 1;
        return cell;
    }

    /// <summary>Whether <c>text[start..end]</c> holds only spaces and tabs: a blank line, which ends a table.</summary>
    public static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i <= end; i++)
        {
            if (!text[i].IsSpaceOrTab())
            {
                return false;
            }
        }

        return true;
    }

    // The next pipe that splits cells, NoPipe at the end of the line, Unread at an inline left to Markdig.
    private static int NextPipe(string text, int position, int end)
    {
        var i = position;
        while (i <= end)
        {
            var found = text.AsSpan(i, end - i + 1).IndexOfAny(Special);
            if (found < 0)
            {
                return NoPipe;
            }

            i += found;
            var c = text[i];
            if (c == '|')
            {
                return i;
            }

            if (c != '\\')
            {
                return Unread;
            }

            // An escaped character is text, a pipe too; a backslash before anything else is a backslash.
            i += i < end && text[i + 1].IsAsciiPunctuation() ? 2 : 1;
        }

        return NoPipe;
    }
}
