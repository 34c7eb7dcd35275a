using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Docx.Blocks;

/// <summary>
/// Whether a paragraph introduces what follows it — "… beschrijven Partijen als volgt:", "… verantwoordelijk voor het
/// volgende." before a list — so that Word keeps it on the page of that text instead of leaving it alone at the foot of
/// the page before.
/// </summary>
internal static class LeadIn
{
    /// <summary>True when <paramref name="paragraph"/> ends in a colon, or a list or table follows it directly.</summary>
    public static bool Introduces(LeafBlock paragraph, DocxRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(renderer);
        return renderer.BlockAfter(paragraph) is ListBlock or Table || (paragraph.Inline?.LastChild is { } last && EndsInColon(last));
    }

    // The paragraph's last text, also when it is emphasised ("**Overwegende dat:**"), trailing spaces aside.
    private static bool EndsInColon(Inline inline) => inline switch
    {
        LiteralInline literal => literal.Content.AsSpan().TrimEnd().EndsWith(':'),
        ContainerInline { LastChild: { } inner } => EndsInColon(inner),
        _ => false,
    };
}
