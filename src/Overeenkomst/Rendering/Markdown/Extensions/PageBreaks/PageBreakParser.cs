using Markdig.Parsers;
using Markdig.Syntax;

namespace Overeenkomst.Rendering.Markdown.Extensions.PageBreaks;

/// <summary>Opens a <see cref="PageBreakBlock"/> on a line holding only <c>\newpage</c>.</summary>
/// <remarks>User text cannot produce it: <see cref="MarkdownText"/> doubles every backslash.</remarks>
public sealed class PageBreakParser : BlockParser
{
    private const string Marker = "\\newpage";

    /// <summary>Creates the parser; it listens to lines starting with a backslash.</summary>
    public PageBreakParser() => OpeningCharacters = ['\\'];

    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        if (!line.Match(Marker))
        {
            return BlockState.None;
        }

        var rest = line;
        rest.Start += Marker.Length;
        if (!rest.IsEmptyOrWhitespace())
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new PageBreakBlock(this)
        {
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        });
        return BlockState.BreakDiscard;
    }
}
