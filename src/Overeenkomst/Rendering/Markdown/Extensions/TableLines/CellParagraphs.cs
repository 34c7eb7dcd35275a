using System.Buffers;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Markdown.Extensions.TableLines;

/// <summary>
/// The paragraph of a table cell read line by line: plain text and strong plain text built directly, any other text left
/// for Markdig to parse.
/// </summary>
internal static class CellParagraphs
{
    /// <summary>A cell whose inlines Markdig parses, as it does a paragraph's.</summary>
    public static ParagraphBlock Parsed(StringSlice content, int lineIndex, int column, int lineStart)
    {
        // Lines from Markdig's pool (its arrays of four, which only grid tables use otherwise), given back once the cell's
        // inlines are parsed.
        var paragraph = new ParagraphBlock { Lines = new StringLineGroup(4), Line = lineIndex, Column = column };
        paragraph.AppendLine(ref content, column, lineIndex, lineStart, trackTrivia: false);
        return paragraph;
    }

    /// <summary>A cell of plain text: what Markdig's inline parsing would give, one text in the cell's inlines (none when empty).</summary>
    public static ParagraphBlock Plain(StringSlice content, int lineIndex, int column)
    {
        var inlines = new ContainerInline { IsClosed = false };
        if (!content.IsEmpty)
        {
            var span = new SourceSpan(content.Start, content.End);
            inlines.AppendChild(new LiteralInline { Content = content, Span = span, Line = lineIndex, Column = column });
            inlines.Span = span;
        }

        return new ParagraphBlock { ProcessInlines = false, Inline = inlines, Line = lineIndex, Column = column, Span = inlines.Span };
    }

    /// <summary>
    /// Whether a cell is "**text**" around plain text that neither starts nor ends with a space: in a cell always one
    /// strong emphasis.
    /// </summary>
    public static bool IsStrongPlain(StringSlice content, SearchValues<char>? openings)
    {
        var text = content.AsSpan();
        if (openings is null || text.Length < 5 || !text.StartsWith("**") || !text.EndsWith("**"))
        {
            return false;
        }

        var inner = text[2..^2];
        return !inner.ContainsAny(openings) && !inner[0].IsWhitespace() && !inner[^1].IsWhitespace();
    }

    /// <summary>
    /// A cell "**text**": what Markdig's pipe tables make of it, the strong emphasis and, where space followed it before the
    /// pipe, an empty text after it (what is left of that space once the cell is trimmed).
    /// </summary>
    public static ParagraphBlock Strong(StringSlice content, bool spaceAfter, int lineIndex, int column)
    {
        var inner = new StringSlice(content.Text, content.Start + 2, content.End - 2);
        var span = new SourceSpan(content.Start, content.End);
        var strong = new EmphasisInline { DelimiterChar = '*', DelimiterCount = 2, Span = span, Line = lineIndex, Column = column };
        strong.AppendChild(new LiteralInline
        {
            Content = inner,
            Span = new SourceSpan(inner.Start, inner.End),
            Line = lineIndex,
            Column = column + 2,
        });
        var inlines = new ContainerInline { IsClosed = false, Span = span };
        inlines.AppendChild(strong);
        if (spaceAfter)
        {
            inlines.AppendChild(new LiteralInline
            {
                Content = new StringSlice(content.Text, content.End + 1, content.End),
                Span = new SourceSpan(content.End + 1, content.End + 1),
                Line = lineIndex,
                Column = column + content.Length,
            });
        }

        return new ParagraphBlock { ProcessInlines = false, Inline = inlines, Line = lineIndex, Column = column, Span = span };
    }

    /// <summary>The characters <paramref name="parsers"/> open on; null when one looks at every character, so no text is plain.</summary>
    public static SearchValues<char>? OpeningsOf(OrderedList<InlineParser> parsers)
    {
        var openings = new HashSet<char>();
        foreach (var parser in parsers)
        {
            // A parser tried at every character, or a hook on every text, could make plain text something else.
            var everywhere = parser is LiteralInlineParser literal ? literal.PostMatch is not null : parser.OpeningCharacters is not { Length: > 0 };
            if (everywhere)
            {
                return null;
            }

            openings.UnionWith(parser.OpeningCharacters ?? []);
        }

        return SearchValues.Create([.. openings]);
    }
}
