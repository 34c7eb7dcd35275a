using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Overeenkomst.Rendering.Markdown.Extensions.ClauseHeadings;

/// <summary>Writes an article or annex heading as <c>&lt;h2 id="overleg"&gt;Artikel 11 …&lt;/h2&gt;</c>, so a page can link to the clause.</summary>
public sealed class HtmlClauseHeadingRenderer : HtmlObjectRenderer<ClauseHeadingBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, ClauseHeadingBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.Write("<h2 id=\"").WriteEscape(obj.ClauseId).Write("\">").WriteEscape(obj.Label);
        renderer.WriteLeafInline(obj);
        renderer.WriteLine("</h2>");
    }
}
