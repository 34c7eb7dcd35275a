using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Overeenkomst.Rendering.Docx;

namespace Overeenkomst.Rendering.Markdown.Extensions.Revisions;

/// <summary>
/// Tracked changes for a merged tree made by the redline (<see cref="Rendering.Redline.RedlineBuilder"/>): words in
/// <see cref="RevisionInline"/>s, whole blocks and rows marked with <see cref="Revisions.Mark"/>, comments anchored on
/// changed articles. Parsing is untouched; only the renderers learn to write the marks.
/// </summary>
public sealed class RevisionExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        switch (renderer)
        {
            case HtmlRenderer html:
                html.ObjectRenderers.AddIfNotAlready(new HtmlRevisionInlineRenderer());
                html.ObjectWriteBefore += (_, block) => HtmlRevisions.Before(html, block);
                html.ObjectWriteAfter += (_, block) => HtmlRevisions.After(html, block);
                break;
            case DocxRenderer docx:
                docx.ObjectRenderers.AddIfNotAlready(new DocxRevisionInlineRenderer());
                docx.ObjectWriteBefore += (_, block) => Before(docx, block);
                docx.ObjectWriteAfter += (_, block) => After(docx, block);
                break;
        }
    }

    private static void Before(DocxRenderer docx, MarkdownObject block)
    {
        if (block is not Block)
        {
            return;
        }

        if (Revisions.CommentOf(block) is { } comment)
        {
            docx.AnchorComment(comment);
        }

        if (Revisions.Of(block) is { } kind)
        {
            docx.PushRevision(kind);
        }
    }

    private static void After(DocxRenderer docx, MarkdownObject block)
    {
        if (block is Block && Revisions.Of(block) is not null)
        {
            docx.PopRevision();
        }
    }
}
