using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Overeenkomst.Rendering.Markdown.Extensions.ArticleMembers;
using Overeenkomst.Rendering.Markdown.Extensions.ClauseHeadings;
using Overeenkomst.Rendering.Markdown.Extensions.PageBreaks;
using Overeenkomst.Rendering.Markdown.Extensions.Revisions;
using Overeenkomst.Rendering.Markdown.Extensions.Signatures;
using Overeenkomst.Rendering.Markdown.Extensions.TableLines;

namespace Overeenkomst.Rendering.Markdown;

/// <summary>The Markdown dialect of agreements: CommonMark with pipe tables, lettered lists and our own blocks (clause headings, article members, page breaks, the signature block); no raw HTML.</summary>
public static class AgreementMarkdown
{
    /// <summary>The one pipeline every stage parses and renders with.</summary>
    public static MarkdownPipeline Pipeline { get; } = Builder().Build();

    /// <summary>The same dialect, writing tracked changes too: for the merged tree of a redline (<see cref="Redline.RedlineBuilder"/>).</summary>
    public static MarkdownPipeline RedlinePipeline { get; } = Builder().Use<RevisionExtension>().Build();

    private static MarkdownPipelineBuilder Builder() => new MarkdownPipelineBuilder()
        .UsePipeTables(new PipeTableOptions { InferColumnWidthsFromSeparator = true })
        .Use<TableLineExtension>()
        .UseListExtras()
        .Use<ClauseHeadingExtension>()
        .Use<ArticleMemberExtension>()
        .Use<PageBreakExtension>()
        .Use<SignatureBlockExtension>()
        .DisableHtml();

    /// <summary>Parses agreement Markdown.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>The text of the first level-1 heading: the agreement's title.</summary>
    public static string? TitleOf(MarkdownDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        return heading?.Inline is null ? null : InlineText.Of(heading.Inline).Replace('\n', ' ').Trim();
    }
}
