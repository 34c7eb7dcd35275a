namespace Overeenkomst.Rendering.Docx.WordML;

/// <summary>Tables (<c>w:tbl</c>), their rows (<c>w:tr</c>) and cells (<c>w:tc</c>), with widths in twips.</summary>
internal sealed partial class WordXmlWriter
{
    /// <summary>
    /// Opens a table of <paramref name="styleId"/> with fixed columns of <paramref name="columnWidths"/>, indented by
    /// <paramref name="indent"/> (none at 0); the header row takes the style's first-row look, banding is off.
    /// </summary>
    public void StartTable(string styleId, IReadOnlyList<int> columnWidths, int indent)
    {
        var total = 0;
        for (var i = 0; i < columnWidths.Count; i++)
        {
            total += columnWidths[i];
        }

        Empty("<w:tbl><w:tblPr><w:tblStyle w:val=\""u8, styleId);
        Tag("<w:tblW w:w=\""u8);
        Number(total);
        Tag("\" w:type=\"dxa\"/>"u8);
        if (indent != 0)
        {
            Tag("<w:tblInd w:w=\""u8);
            Number(indent);
            Tag("\" w:type=\"dxa\"/>"u8);
        }

        Tag("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"true\" w:lastRow=\"false\" w:firstColumn=\"false\" w:lastColumn=\"false\" w:noHBand=\"true\" w:noVBand=\"true\"/></w:tblPr>"u8);
        if (columnWidths.Count == 0)
        {
            Tag("<w:tblGrid/>"u8);
            return;
        }

        Tag("<w:tblGrid>"u8);
        for (var i = 0; i < columnWidths.Count; i++)
        {
            Empty("<w:gridCol w:w=\""u8, columnWidths[i]);
        }

        Tag("</w:tblGrid>"u8);
    }

    /// <summary>Closes the table.</summary>
    public void EndTable() => Tag("</w:tbl>"u8);

    /// <summary>Opens a row that never splits over two pages; a header row repeats on every page; a row inserted or deleted as a whole carries <paramref name="mark"/>.</summary>
    public void StartTableRow(bool isHeader, RevisionMark? mark)
    {
        Tag(isHeader ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/>"u8 : "<w:tr><w:trPr><w:cantSplit/>"u8);
        if (mark is { } revision)
        {
            EmptyRevision(revision);
        }

        Tag("</w:trPr>"u8);
    }

    /// <summary>Closes the row.</summary>
    public void EndTableRow() => Tag("</w:tr>"u8);

    /// <summary>Opens a cell <paramref name="width"/> twips wide.</summary>
    public void StartTableCell(int width)
    {
        Tag("<w:tc><w:tcPr><w:tcW w:w=\""u8);
        Number(width);
        Tag("\" w:type=\"dxa\"/></w:tcPr>"u8);
    }

    /// <summary>Closes the cell.</summary>
    public void EndTableCell() => Tag("</w:tc>"u8);
}
