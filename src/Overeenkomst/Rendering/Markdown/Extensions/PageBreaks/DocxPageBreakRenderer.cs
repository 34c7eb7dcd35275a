using Overeenkomst.Rendering.Docx;

namespace Overeenkomst.Rendering.Markdown.Extensions.PageBreaks;

/// <summary>Writes a page break as a paragraph holding a page-type break.</summary>
public sealed class DocxPageBreakRenderer : DocxObjectRenderer<PageBreakBlock>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, PageBreakBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        renderer.BeginParagraph(HouseStyle.StyleIds.Normal);
        renderer.WritePageBreak();
        renderer.EndParagraph();
    }
}
