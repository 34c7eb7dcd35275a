using Markdig.Syntax;

namespace Overeenkomst.Rendering.Docx.Blocks;

/// <summary>Paragraphs, in the style the context asks for: body text, list, table cell, quote or signature line.</summary>
public sealed class ParagraphRenderer : DocxObjectRenderer<ParagraphBlock>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, ParagraphBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var style = renderer.InList && renderer.ParagraphStyle == HouseStyle.StyleIds.Normal
            ? HouseStyle.StyleIds.ListParagraph
            : renderer.ParagraphStyle;
        // In a table cell the row keeps its cells together; elsewhere a lead-in stays with what it introduces.
        renderer.BeginParagraph(style, keepWithNext: renderer.ParagraphStyle == HouseStyle.StyleIds.Normal && LeadIn.Introduces(obj, renderer));
        renderer.WriteLeafInline(obj);
        renderer.EndParagraph();
    }
}
