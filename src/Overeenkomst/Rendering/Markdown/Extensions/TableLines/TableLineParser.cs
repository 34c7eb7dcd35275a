using System.Buffers;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Overeenkomst.Rendering.Markdown.Extensions.TableLines;

/// <summary>
/// Builds a pipe table as the templates write it — every line <c>| … |</c>, a separator row second, as many cells in every
/// row, a blank line after — from its lines, into the same <see cref="Table"/> Markdig's pipe tables make. Any other table
/// is left to Markdig.
/// </summary>
/// <remarks>
/// <para>
/// Markdig finds pipe tables while parsing a paragraph's inlines: every pipe becomes an inline of its own, and the cells
/// are cut out of the paragraph afterwards; for the dozen and more tables of an agreement that was more than a third of
/// what parsing it allocated. Here each cell becomes a paragraph of its own text, whose inlines Markdig parses as it would
/// the cell's. A cell without a character any inline parser opens on (most cells: a name, a number, a sum) is plain text
/// and gets its one text inline directly, and so does a cell of plain text in strong emphasis (<c>**Totaal**</c>), with
/// the empty text Markdig leaves after it when space follows; other emphasis leaves the table to Markdig. Those cells are
/// marked as needing no inline parsing — the one way in which the tree differs, and only for the parser.
/// </para>
/// <para>
/// Only a table that makes up a whole paragraph at the top of the document is built here: its lines are read ahead in
/// the source, which only holds when no container (a list, a quote) takes a prefix off them.
/// </para>
/// </remarks>
public sealed class TableLineParser : BlockParser
{
    private readonly PipeTableOptions options;

    // The characters the pipeline's inline parsers open on, taken from its parsers when the first table is read (every
    // extension has added its parsers by then); null when some parser looks at every character, so no text is plain.
    private readonly Lazy<SearchValues<char>?> inlineOpenings;

    /// <summary>
    /// Creates the parser for tables read with <paramref name="options"/>, whose cells are parsed by <paramref name="inlineParsers"/>;
    /// it listens to lines starting with a pipe.
    /// </summary>
    public TableLineParser(PipeTableOptions options, OrderedList<InlineParser> inlineParsers)
    {
        this.options = options;
        inlineOpenings = new(() => CellParagraphs.OpeningsOf(inlineParsers));
        OpeningCharacters = ['|'];
    }

    /// <inheritdoc />
    /// <remarks>A line after a paragraph's line belongs to that paragraph, as in Markdig: such a table is Markdig's.</remarks>
    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.Column != 0 || processor.TrackTrivia || processor.CurrentContainer is not MarkdownDocument)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        if (Read(line.Text, line.Start, line.End, processor.LineIndex) is not { } table)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(table);
        SkipLine(processor);
        return BlockState.ContinueDiscard;
    }

    /// <inheritdoc />
    /// <remarks>The table was read whole when it opened: its lines are passed over up to the blank line that ends it.</remarks>
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.BreakDiscard;
        }

        SkipLine(processor);
        return BlockState.ContinueDiscard;
    }

    // Nothing of a table's line is left for other parsers to open blocks with.
    private static void SkipLine(BlockProcessor processor) => processor.Line.Start = processor.Line.End + 1;

    // The table whose first line is text[start..end], when all of its lines are as the templates write them; null otherwise.
    private Table? Read(string text, int start, int end, int lineIndex)
    {
        var columns = TableLine.CountCells(text, start, end);
        if (columns < 0 || !IsRow(text, start, end, columns) || !NextLine(text, end, out var separatorStart, out var separatorEnd)
            || Separator(text, separatorStart, separatorEnd, columns) is not { } definitions)
        {
            return null;
        }

        // Every line up to the blank line (or the end) must be a row of as many cells: the table is read only once they are.
        var lastEnd = separatorEnd;
        while (NextLine(text, lastEnd, out var rowStart, out var rowEnd) && !TableLine.IsBlank(text, rowStart, rowEnd))
        {
            if (!IsRow(text, rowStart, rowEnd, columns))
            {
                return null;
            }

            lastEnd = rowEnd;
        }

        var table = new Table(this) { Span = new SourceSpan(start, lastEnd) };
        table.ColumnDefinitions.AddRange(definitions);
        table.Add(Row(text, start, end, lineIndex, columns, isHeader: true));
        var rowEndBefore = separatorEnd;
        for (var index = lineIndex + 2; rowEndBefore < lastEnd; index++)
        {
            NextLine(text, rowEndBefore, out var rowStart, out var rowEnd);
            table.Add(Row(text, rowStart, rowEnd, index, columns, isHeader: false));
            rowEndBefore = rowEnd;
        }

        return table;
    }

    // The columns' alignment and width from the separator row, as Markdig reads them; null when it is no separator row.
    private List<TableColumnDefinition>? Separator(string text, int start, int end, int columns)
    {
        if (TableLine.CountCells(text, start, end) != columns)
        {
            return null;
        }

        var definitions = new List<TableColumnDefinition>(columns);
        var dashes = 0;
        var position = start + 1;
        for (var column = 0; column < columns; column++)
        {
            var cell = TableLine.NextCell(text, ref position, end);
            if (!TableHelper.ParseColumnHeader(ref cell, '-', out var align, out var count) || cell.CurrentChar != '\0')
            {
                return null;
            }

            definitions.Add(new TableColumnDefinition { Alignment = align, Width = count });
            dashes += count;
        }

        foreach (var definition in definitions)
        {
            definition.Width = options.InferColumnWidthsFromSeparator ? definition.Width * 100 / dashes : 0;
        }

        return definitions;
    }

    // Whether text[start..end] is a row of the table's number of cells, any emphasis in it the kind built here.
    private bool IsRow(string text, int start, int end, int columns)
    {
        if (TableLine.CountCells(text, start, end) != columns)
        {
            return false;
        }

        if (!text.AsSpan(start, end - start + 1).ContainsAny('*', '_'))
        {
            return true;
        }

        var position = start + 1;
        for (var column = 0; column < columns; column++)
        {
            var content = TableLine.NextCell(text, ref position, end);
            if (content.AsSpan().ContainsAny('*', '_') && !CellParagraphs.IsStrongPlain(content, inlineOpenings.Value))
            {
                return false;
            }
        }

        return true;
    }

    private TableRow Row(string text, int start, int end, int lineIndex, int columns, bool isHeader)
    {
        var row = new TableRow { IsHeader = isHeader, Line = lineIndex, Span = new SourceSpan(start, end) };
        var openings = inlineOpenings.Value;
        var position = start + 1;
        for (var column = 0; column < columns; column++)
        {
            var content = TableLine.NextCell(text, ref position, end);
            // position is now just past the cell's closing pipe: was there space between the text and the pipe?
            var spaceAfter = content.End < position - 2;
            var paragraph = openings is not null && !content.AsSpan().ContainsAny(openings)
                ? CellParagraphs.Plain(content, lineIndex, content.Start - start)
                : CellParagraphs.IsStrongPlain(content, openings)
                ? CellParagraphs.Strong(content, spaceAfter, lineIndex, content.Start - start)
                : CellParagraphs.Parsed(content, lineIndex, content.Start - start, start);
            var cell = new TableCell { Line = lineIndex, Column = paragraph.Column };
            cell.Add(paragraph);
            row.Add(cell);
        }

        return row;
    }

    // The line after the one ending at lineEnd, without its line ending; false at the end of the text.
    private static bool NextLine(string text, int lineEnd, out int start, out int end)
    {
        start = lineEnd + 1;
        if (start < text.Length && text[start] == '\r')
        {
            start++;
            if (start < text.Length && text[start] == '\n')
            {
                start++;
            }
        }
        else if (start < text.Length && text[start] == '\n')
        {
            start++;
        }

        end = text.AsSpan(start).IndexOfAny('\r', '\n') is var length and >= 0 ? start + length - 1 : text.Length - 1;
        return start < text.Length;
    }
}
