using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Overeenkomst.Rendering.Docx;

namespace Overeenkomst.Rendering.Markdown.Extensions.PageBreaks;

/// <summary>Page breaks: <c>\newpage</c> on its own line.</summary>
public sealed class PageBreakExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<PageBreakParser>())
        {
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new PageBreakParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        switch (renderer)
        {
            case HtmlRenderer html:
                html.ObjectRenderers.AddIfNotAlready(new HtmlPageBreakRenderer());
                break;
            case DocxRenderer docx:
                docx.ObjectRenderers.AddIfNotAlready(new DocxPageBreakRenderer());
                break;
        }
    }
}
