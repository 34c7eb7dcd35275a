using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Overeenkomst.Rendering.Docx;
using Overeenkomst.Rendering.Docx.Blocks;

namespace Overeenkomst.Rendering.Markdown.Extensions.ClauseHeadings;

/// <summary>Article and annex headings that carry their number and clause id (<see cref="ClauseHeadingBlock"/>).</summary>
public sealed class ClauseHeadingExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<ClauseHeadingParser>())
        {
            pipeline.BlockParsers.InsertBefore<HeadingBlockParser>(new ClauseHeadingParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // A clause heading is a heading, so its renderer must come before the heading renderer to be chosen.
        switch (renderer)
        {
            case HtmlRenderer html:
                html.ObjectRenderers.InsertBefore<Markdig.Renderers.Html.HeadingRenderer>(new HtmlClauseHeadingRenderer());
                break;
            case DocxRenderer docx:
                docx.ObjectRenderers.InsertBefore<HeadingRenderer>(new DocxClauseHeadingRenderer());
                break;
        }
    }
}
