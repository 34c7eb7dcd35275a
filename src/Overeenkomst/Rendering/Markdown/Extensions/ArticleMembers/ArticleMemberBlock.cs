using Markdig.Parsers;
using Markdig.Syntax;

namespace Overeenkomst.Rendering.Markdown.Extensions.ArticleMembers;

/// <summary>
/// A numbered member (lid) of an article, written in Markdown as a paragraph that starts with its number and clause id:
/// <c>3.1 {#doelen.doelen} Partijen …</c>.
/// </summary>
/// <remarks>A paragraph in every other respect, so Markdig's lazy continuation and inline parsing apply unchanged.</remarks>
public sealed class ArticleMemberBlock(BlockParser parser, string number, string? clauseId) : ParagraphBlock(parser)
{
    /// <summary>The member's number as written, such as <c>3.1</c>.</summary>
    public string Number { get; } = number;

    /// <summary>The member's clause id (<c>doelen.doelen</c>), or null in Markdown written before members had ids.</summary>
    public string? ClauseId { get; } = clauseId;
}
