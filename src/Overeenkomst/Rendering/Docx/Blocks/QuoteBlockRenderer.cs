using Markdig.Syntax;

namespace Overeenkomst.Rendering.Docx.Blocks;

/// <summary>Block quotes: their paragraphs indented in the quote style.</summary>
public sealed class QuoteBlockRenderer : DocxObjectRenderer<QuoteBlock>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, QuoteBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        using var style = renderer.UseParagraphStyle(HouseStyle.StyleIds.Quote);
        renderer.WriteChildren(obj);
    }
}
