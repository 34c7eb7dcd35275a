using Overeenkomst.Rendering.Docx;

namespace Overeenkomst.Rendering.Markdown.Extensions.ArticleMembers;

/// <summary>Writes a member as a paragraph in the member style: number, tab, text, so wrapped lines align under the text.</summary>
public sealed class DocxArticleMemberRenderer : DocxObjectRenderer<ArticleMemberBlock>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, ArticleMemberBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.SetArticleBody(false);
        renderer.BeginParagraph(HouseStyle.StyleIds.ArticleMember);
        renderer.WriteLabel(obj.Number, obj);
        renderer.WriteTab();
        renderer.WriteLeafInline(obj);
        renderer.EndParagraph();
        renderer.SetArticleBody(true);
    }
}
