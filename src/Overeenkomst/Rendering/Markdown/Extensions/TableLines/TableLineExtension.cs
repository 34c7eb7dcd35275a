using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Overeenkomst.Rendering.Markdown.Extensions.TableLines;

/// <summary>
/// Reads the pipe tables the templates write line by line (<see cref="TableLineParser"/>), leaving every other table to
/// Markdig's pipe tables, which must be in the pipeline first: the tables are theirs, so are the options and renderers.
/// Markdig's inline parser of pipe tables is swapped for one that skips paragraphs without a table sooner (<see cref="LeanPipeTableParser"/>).
/// </summary>
public sealed class TableLineExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var options = pipeline.Extensions.Find<PipeTableExtension>()?.Options
            ?? throw new InvalidOperationException("Use pipe tables before reading their lines.");
        if (pipeline.InlineParsers.FindExact<PipeTableParser>() is not null
            && pipeline.InlineParsers.FindExact<LineBreakInlineParser>() is { } lineBreaks)
        {
            pipeline.InlineParsers.Replace<PipeTableParser>(new LeanPipeTableParser(lineBreaks, options));
        }

        if (!pipeline.BlockParsers.Contains<TableLineParser>())
        {
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new TableLineParser(options, pipeline.InlineParsers));
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
