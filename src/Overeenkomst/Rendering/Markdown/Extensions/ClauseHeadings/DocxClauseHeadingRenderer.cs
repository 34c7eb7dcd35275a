using Overeenkomst.Rendering.Docx;

namespace Overeenkomst.Rendering.Markdown.Extensions.ClauseHeadings;

/// <summary>Writes an article or annex heading in the heading style: "Artikel 11 " and the title.</summary>
public sealed class DocxClauseHeadingRenderer : DocxObjectRenderer<ClauseHeadingBlock>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, ClauseHeadingBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.BeginParagraph(HouseStyle.StyleIds.Heading1);
        renderer.WriteLabel(obj.Label, obj);
        renderer.WriteLeafInline(obj);
        renderer.EndParagraph();
    }
}
