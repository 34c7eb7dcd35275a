using Markdig.Parsers;
using Markdig.Syntax;
using Overeenkomst.Rendering.Clauses;

namespace Overeenkomst.Rendering.Markdown.Extensions.ClauseHeadings;

/// <summary>
/// The heading of an article or annex with its number and clause id, written <c>## Artikel 11 {#overleg} Overleg en besluitvorming</c>.
/// A level-2 heading whose inline content is the title only; renderers write "Artikel 11 " before it.
/// </summary>
public sealed class ClauseHeadingBlock : HeadingBlock
{
    /// <summary>Creates the heading.</summary>
    public ClauseHeadingBlock(BlockParser parser, ClauseKind kind, string number, string clauseId)
        : base(parser)
    {
        Kind = kind;
        Number = number;
        ClauseId = clauseId;
        Level = 2;
        HeaderChar = '#';
    }

    /// <summary>Article or annex.</summary>
    public ClauseKind Kind { get; }

    /// <summary>The number, such as <c>11</c>.</summary>
    public string Number { get; }

    /// <summary>The clause id, such as <c>overleg</c> or <c>bijlage-begroting</c>.</summary>
    public string ClauseId { get; }

    /// <summary>What comes before the title: "Artikel 11 " or "Bijlage 2 ".</summary>
    public string Label => $"{(Kind == ClauseKind.Annex ? "Bijlage" : "Artikel")} {Number} ";
}
