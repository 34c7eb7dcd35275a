using JustificationValues = DocumentFormat.OpenXml.Wordprocessing.JustificationValues;
using Markdig.Extensions.Tables;
using Overeenkomst.Rendering.Markdown.Extensions.Revisions;

namespace Overeenkomst.Rendering.Docx.Blocks;

/// <summary>Pipe tables: column widths from <see cref="TableColumnWidths"/>, header rows repeated on every page.</summary>
public sealed class TableRenderer : DocxObjectRenderer<Table>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, Table obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var widths = TableColumnWidths.For(obj, renderer.AvailableWidth);
        renderer.BeginTable(HouseStyle.StyleIds.Table, widths);
        foreach (var rowBlock in obj)
        {
            var row = (TableRow)rowBlock;
            var revision = Revisions.Of(row);
            if (revision is { } kind)
            {
                renderer.PushRevision(kind);
            }

            renderer.BeginTableRow(row.IsHeader);
            var column = 0;
            foreach (var cellBlock in row)
            {
                var cell = (TableCell)cellBlock;
                var index = Math.Min(column, widths.Length - 1);
                var span = Math.Max(cell.ColumnSpan, 1);
                var width = Sum(widths.AsSpan(index, Math.Min(span, widths.Length - index)));
                renderer.BeginTableCell(width, Alignment(obj, index));
                renderer.WriteChildren(cell);
                renderer.EndTableCell();
                column += span;
            }

            // Markdown rows may be shorter than the header; Word wants every grid column filled.
            for (; column < widths.Length; column++)
            {
                renderer.BeginTableCell(widths[column]);
                renderer.EndTableCell();
            }

            renderer.EndTableRow();
            if (revision is not null)
            {
                renderer.PopRevision();
            }
        }

        renderer.EndTable();
    }

    private static int Sum(ReadOnlySpan<int> widths)
    {
        var sum = 0;
        foreach (var width in widths)
        {
            sum += width;
        }

        return sum;
    }

    private static JustificationValues? Alignment(Table table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                TableColumnAlign.Center => JustificationValues.Center,
                TableColumnAlign.Right => JustificationValues.Right,
                _ => null,
            }
            : null;
}
