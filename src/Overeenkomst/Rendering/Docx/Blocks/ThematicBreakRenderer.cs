using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Overeenkomst.Rendering.Docx.WordML;

namespace Overeenkomst.Rendering.Docx.Blocks;

/// <summary>A horizontal rule (<c>---</c>): an empty paragraph with a bottom border.</summary>
public sealed class ThematicBreakRenderer : DocxObjectRenderer<ThematicBreakBlock>
{
    private static readonly string BottomBorder = PartXml.Fragment(new ParagraphBorders(
        new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = HouseStyle.QuietColor }));

    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, ThematicBreakBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        renderer.BeginParagraph(HouseStyle.StyleIds.Normal, border: BottomBorder);
        renderer.EndParagraph();
    }
}
