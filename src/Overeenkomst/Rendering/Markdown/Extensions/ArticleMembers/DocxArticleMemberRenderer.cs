using Markdig.Syntax;
using Overeenkomst.Rendering.Docx;
using Overeenkomst.Rendering.Docx.Blocks;
using Overeenkomst.Rendering.Markdown.Extensions.Signatures;

namespace Overeenkomst.Rendering.Markdown.Extensions.ArticleMembers;

/// <summary>
/// Writes a member as a paragraph in the member style: number, tab, text, so wrapped lines align under the text. What
/// follows a member in its article — paragraphs, lists, tables — is aligned with the members' text rather than with the
/// margin, until the article ends.
/// </summary>
public sealed class DocxArticleMemberRenderer : DocxObjectRenderer<ArticleMemberBlock>
{
    /// <summary>Lets <paramref name="renderer"/> bring the text back to the margin where an article ends.</summary>
    internal static void FollowArticles(DocxRenderer renderer) => renderer.DocumentBlockStarting += EndArticle;

    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, ArticleMemberBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.BeginParagraph(HouseStyle.StyleIds.ArticleMember, keepWithNext: LeadIn.Introduces(obj, renderer));
        renderer.WriteLabel(obj.Number, obj);
        renderer.WriteTab();
        renderer.WriteLeafInline(obj);
        renderer.EndParagraph();
        renderer.BodyIndent = HouseStyle.Hanging;
    }

    // An article ends at the next heading (of an article or an annex) or at the signature block: both stand at the
    // margin, and so does what follows them.
    private static void EndArticle(DocxRenderer renderer, Block block)
    {
        if (block is HeadingBlock or SignatureBlock)
        {
            renderer.BodyIndent = 0;
        }
    }
}
