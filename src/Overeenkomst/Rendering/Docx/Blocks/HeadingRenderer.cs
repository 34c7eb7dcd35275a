using Markdig.Syntax;

namespace Overeenkomst.Rendering.Docx.Blocks;

/// <summary>Headings: level 1 is the agreement's title, level 2 an article or annex, deeper levels sub-headings.</summary>
public sealed class HeadingRenderer : DocxObjectRenderer<HeadingBlock>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, HeadingBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.BeginParagraph(obj.Level switch
        {
            1 => HouseStyle.StyleIds.Title,
            2 => HouseStyle.StyleIds.Heading1,
            3 => HouseStyle.StyleIds.Heading2,
            _ => HouseStyle.StyleIds.Heading3,
        });
        renderer.WriteLeafInline(obj);
        renderer.EndParagraph();
    }
}
