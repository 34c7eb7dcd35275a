using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Overeenkomst.Rendering.Docx;
using Overeenkomst.Rendering.Docx.Blocks;

namespace Overeenkomst.Rendering.Markdown.Extensions.ArticleMembers;

/// <summary>Numbered article members (<c>3.1</c>, <c>3.2</c>) as their own block, laid out with a hanging number.</summary>
public sealed class ArticleMemberExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<ArticleMemberParser>())
        {
            pipeline.BlockParsers.InsertBefore<ListBlockParser>(new ArticleMemberParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // A member is a paragraph, so its renderer must come before the paragraph renderer to be chosen.
        switch (renderer)
        {
            case HtmlRenderer html:
                html.ObjectRenderers.InsertBefore<Markdig.Renderers.Html.ParagraphRenderer>(new HtmlArticleMemberRenderer());
                break;
            case DocxRenderer docx:
                docx.ObjectRenderers.InsertBefore<ParagraphRenderer>(new DocxArticleMemberRenderer());
                DocxArticleMemberRenderer.FollowArticles(docx);
                break;
        }
    }
}
