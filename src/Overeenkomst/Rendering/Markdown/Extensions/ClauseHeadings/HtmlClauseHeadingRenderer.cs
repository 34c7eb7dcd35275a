using Markdig.Renderers;
using Markdig.Renderers.Html;
using Overeenkomst.Rendering.Markdown.Extensions.Revisions;

namespace Overeenkomst.Rendering.Markdown.Extensions.ClauseHeadings;

/// <summary>Writes an article or annex heading as <c>&lt;h2 id="overleg"&gt;Artikel 11 …&lt;/h2&gt;</c>, so a page can link to the clause.</summary>
public sealed class HtmlClauseHeadingRenderer : HtmlObjectRenderer<ClauseHeadingBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, ClauseHeadingBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.Write("<h2 id=\"").WriteEscape(obj.ClauseId).Write("\">");
        HtmlRevisions.WriteLabel(renderer, obj.Label, obj);
        renderer.WriteLeafInline(obj);
        renderer.WriteLine("</h2>");
    }
}
