using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Docx.Blocks;

/// <summary>
/// Column widths for a pipe table: in proportion to the dashes of the separator row, but never so narrow that the longest
/// word of a cell — a party's name, an e-mail address, "Praktijkopleider" — has to break or is cut off.
/// </summary>
/// <remarks>
/// Word and LibreOffice break a word that does not fit its cell in the middle, and a name split over two lines reads as
/// two names. The width of a word is estimated from Calibri's character widths at the table's 9 pt (LibreOffice uses its
/// metric twin, Carlito), bold in the header row, with a margin for the estimate. When every column's longest word cannot
/// fit, the widths stay in proportion: a table too wide for the page cannot be helped by taking from one column.
/// </remarks>
internal static class TableColumnWidths
{
    // Cell margins left and right (the table style's 85 twips each), plus a tenth of a character's worth of rounding.
    private const int CellPadding = (2 * 85) + 20;

    // Calibri's advance widths in thousandths of an em, for the characters agreements use; others count as 'n'.
    private static readonly Dictionary<char, int> Widths = new()
    {
        ['a'] = 479, ['b'] = 525, ['c'] = 423, ['d'] = 525, ['e'] = 498, ['f'] = 305, ['g'] = 471, ['h'] = 525, ['i'] = 229,
        ['j'] = 239, ['k'] = 455, ['l'] = 229, ['m'] = 799, ['n'] = 525, ['o'] = 527, ['p'] = 525, ['q'] = 525, ['r'] = 349,
        ['s'] = 391, ['t'] = 335, ['u'] = 525, ['v'] = 452, ['w'] = 715, ['x'] = 433, ['y'] = 453, ['z'] = 395,
        ['M'] = 855, ['W'] = 890, ['I'] = 252, ['J'] = 319, ['@'] = 899, ['.'] = 252, [','] = 250, ['-'] = 306, ['€'] = 507,
        ['%'] = 715, ['('] = 303, [')'] = 303, ['/'] = 386, [':'] = 268, [';'] = 268, ['\''] = 221, ['&'] = 682,
    };

    // The same widths as a lookup by character code, for the ASCII characters: a dictionary lookup per character of
    // every cell was the largest part of laying out a table. 0 where a character is not listed.
    private static readonly int[] AsciiWidths = Enumerable.Range(0, 128).Select(c => Widths.GetValueOrDefault((char)c)).ToArray();

    /// <summary>The width of every column, in twips, adding up to <paramref name="available"/>.</summary>
    /// <remarks>Loops rather than LINQ: this runs for every table of every render.</remarks>
    public static int[] For(Table table, int available)
    {
        var widths = Proportional(table, available);
        var minimum = LongestWords(table, widths.Length);
        if (Sum(minimum) > available)
        {
            return widths;
        }

        // Raise each column that is too narrow to its minimum and take the difference from the others, in proportion to
        // what they can spare, until every column fits.
        for (var round = 0; round < widths.Length && AnyTooNarrow(widths, minimum); round++)
        {
            var shortfall = 0;
            var totalSpare = 0;
            for (var i = 0; i < widths.Length; i++)
            {
                if (widths[i] < minimum[i])
                {
                    shortfall += minimum[i] - widths[i];
                    widths[i] = minimum[i];
                }

                totalSpare += widths[i] - minimum[i];
            }

            for (var i = 0; i < widths.Length && totalSpare > 0; i++)
            {
                var spare = widths[i] - minimum[i];
                widths[i] -= (int)Math.Ceiling((double)shortfall * spare / totalSpare);
            }
        }

        widths[^1] += available - Sum(widths);
        return widths;
    }

    private static int[] Proportional(Table table, int available)
    {
        var definitions = table.ColumnDefinitions;
        var widest = table.Count == 0 ? 1 : 0;
        foreach (var row in table)
        {
            var cells = 0;
            foreach (var cell in (TableRow)row)
            {
                cells += Math.Max(((TableCell)cell).ColumnSpan, 1);
            }

            widest = Math.Max(widest, cells);
        }

        // Columns without dashes weigh as much as the average column with them; without any, all weigh the same.
        // Sums and the average in double, as Enumerable's would be: the widths must not change by a twip.
        var weights = new float[Math.Max(definitions.Count, widest)];
        double given = 0;
        var counted = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = i < definitions.Count && definitions[i].Width > 0 ? definitions[i].Width : 0f;
            if (weights[i] > 0)
            {
                given += weights[i];
                counted++;
            }
        }

        var fallback = counted == 0 ? 1f : (float)(given / counted);
        double total = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = weights[i] > 0 ? weights[i] : fallback;
            total += weights[i];
        }

        var widths = new int[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            widths[i] = (int)(available * weights[i] / (float)total);
        }

        widths[^1] += available - Sum(widths);
        return widths;
    }

    private static bool AnyTooNarrow(int[] widths, int[] minimum)
    {
        for (var i = 0; i < widths.Length; i++)
        {
            if (widths[i] < minimum[i])
            {
                return true;
            }
        }

        return false;
    }

    private static int Sum(int[] values)
    {
        var sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    // The width each column needs for its longest word; a cell spanning columns asks nothing of them. Words are measured
    // as the inlines are walked, without building the cell's text: this runs for every table of every render.
    private static int[] LongestWords(Table table, int count)
    {
        var minimum = new int[count];
        foreach (var rowBlock in table)
        {
            var row = (TableRow)rowBlock;
            var column = 0;
            foreach (var cellBlock in row)
            {
                var cell = (TableCell)cellBlock;
                if (cell.ColumnSpan <= 1 && column < count)
                {
                    var words = new WordMeasure();
                    Measure(cell, ref words);
                    words.EndWord();
                    var bold = row.IsHeader || words.HasEmphasis;
                    minimum[column] = Math.Max(minimum[column], Twips(words.Longest, bold) + CellPadding);
                }

                column += Math.Max(cell.ColumnSpan, 1);
            }
        }

        return minimum;
    }

    private static void Measure(ContainerBlock container, ref WordMeasure words)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case ContainerBlock inner:
                    Measure(inner, ref words);
                    break;
                case LeafBlock { Inline: { } inline }:
                    Measure(inline, ref words);
                    words.EndWord();
                    break;
            }
        }
    }

    private static void Measure(ContainerInline container, ref WordMeasure words)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    words.Add(literal.Content.AsSpan());
                    break;
                case HtmlEntityInline entity:
                    words.Add(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    words.EndWord();
                    break;
                case EmphasisInline emphasis:
                    words.HasEmphasis = true;
                    Measure(emphasis, ref words);
                    break;
                case ContainerInline inner:
                    Measure(inner, ref words);
                    break;
            }
        }
    }

    // The longest word so far, in thousandths of an em, and the word being read.
    private struct WordMeasure
    {
        private int current;

        public int Longest { get; private set; }

        public bool HasEmphasis { get; set; }

        public void Add(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                if (c == ' ')
                {
                    EndWord();
                }
                else
                {
                    current += c < 128 && AsciiWidths[c] > 0 ? AsciiWidths[c]
                        : c >= 128 && Widths.TryGetValue(c, out var width) ? width
                        : char.IsUpper(c) ? 620 : char.IsAsciiDigit(c) ? 507 : 525;
                }
            }
        }

        public void EndWord()
        {
            Longest = Math.Max(Longest, current);
            current = 0;
        }
    }

    // In twips at the table's 9 pt: an em is 180 twips. Upper case letters not listed are about 620 thousandths, digits 507.
    private static int Twips(int thousandths, bool bold)
    {
        var twips = thousandths * HouseStyle.SmallSize * 10 / 1000;
        return (int)(twips * (bold ? 1.08 : 1.0) * 1.05);
    }
}
