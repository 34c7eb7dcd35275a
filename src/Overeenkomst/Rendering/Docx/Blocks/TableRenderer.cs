using JustificationValues = DocumentFormat.OpenXml.Wordprocessing.JustificationValues;
using Markdig.Extensions.Tables;
using Overeenkomst.Rendering.Markdown.Extensions.Revisions;

namespace Overeenkomst.Rendering.Docx.Blocks;

/// <summary>Pipe tables: column widths in proportion to the dashes of the separator row, header rows repeated on every page.</summary>
public sealed class TableRenderer : DocxObjectRenderer<Table>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, Table obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var widths = ColumnWidths(obj, renderer.AvailableWidth);
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

    private static int[] ColumnWidths(Table table, int available)
    {
        var definitions = table.ColumnDefinitions;
        var count = Math.Max(definitions.Count, table.Select(r => ((TableRow)r).Sum(c => Math.Max(((TableCell)c).ColumnSpan, 1))).DefaultIfEmpty(1).Max());
        var weights = Enumerable.Range(0, count)
            .Select(i => i < definitions.Count && definitions[i].Width > 0 ? definitions[i].Width : 0f)
            .ToArray();
        if (weights.All(w => w <= 0))
        {
            Array.Fill(weights, 1f);
        }
        else
        {
            var fallback = weights.Where(w => w > 0).Average();
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = weights[i] > 0 ? weights[i] : fallback;
            }
        }

        var total = weights.Sum();
        var widths = weights.Select(w => (int)(available * w / total)).ToArray();
        widths[^1] += available - widths.Sum();
        return widths;
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
