using Overeenkomst.Rendering.Docx;

namespace Overeenkomst.Rendering.Markdown.Extensions.Signatures;

/// <summary>Writes the signature block as a borderless table, two parties to a row, rows never split over a page.</summary>
public sealed class DocxSignatureBlockRenderer : DocxObjectRenderer<SignatureBlock>
{
    private const int PartiesPerRow = 2;

    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, SignatureBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        using (renderer.UseParagraphStyle(HouseStyle.StyleIds.Signature))
        {
            foreach (var block in obj.Introduction)
            {
                renderer.Write(block);
            }
        }

        var parties = obj.Parties();
        if (parties.Count == 0)
        {
            return;
        }

        var cellWidth = HouseStyle.TextWidth / PartiesPerRow;
        var widths = Enumerable.Repeat(cellWidth, PartiesPerRow).ToArray();
        renderer.BeginTable(HouseStyle.StyleIds.SignatureTable, widths);
        for (var first = 0; first < parties.Count; first += PartiesPerRow)
        {
            renderer.BeginTableRow(isHeader: false);
            for (var column = 0; column < PartiesPerRow; column++)
            {
                renderer.BeginTableCell(cellWidth);
                var index = first + column;
                if (index < parties.Count)
                {
                    WriteParty(renderer, parties[index]);
                }
                else
                {
                    renderer.BeginParagraph(HouseStyle.StyleIds.Signature);
                    renderer.EndParagraph();
                }

                renderer.EndTableCell();
            }

            renderer.EndTableRow();
        }

        renderer.EndTable();
    }

    private static void WriteParty(DocxRenderer renderer, SigningParty party)
    {
        using var style = renderer.UseParagraphStyle(HouseStyle.StyleIds.Signature);
        renderer.BeginParagraph(HouseStyle.StyleIds.SignatureParty);
        renderer.WriteLeafInline(party.Name);
        renderer.EndParagraph();

        foreach (var line in party.Lines)
        {
            renderer.Write(line);
        }
    }
}
