using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Overeenkomst.Rendering.Markdown.Extensions.TableLines;

/// <summary>
/// Reads the pipe tables the templates write line by line (<see cref="TableLineParser"/>), leaving every other table to
/// Markdig's pipe tables, which must be in the pipeline first: the tables are theirs, so are the options and renderers.
/// </summary>
public sealed class TableLineExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var pipeTables = pipeline.Extensions.Find<PipeTableExtension>()
            ?? throw new InvalidOperationException("Use pipe tables before reading their lines.");
        if (!pipeline.BlockParsers.Contains<TableLineParser>())
        {
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new TableLineParser(pipeTables.Options, pipeline.InlineParsers));
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
