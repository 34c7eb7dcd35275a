using Markdig.Renderers;
using Markdig.Renderers.Html;
using Overeenkomst.Rendering.Markdown.Extensions.Revisions;

namespace Overeenkomst.Rendering.Markdown.Extensions.ArticleMembers;

/// <summary>Writes a member as <c>&lt;p class="lid" id="overleg.besluiten"&gt;</c> with its number in a span, for the preview's hanging layout.</summary>
public sealed class HtmlArticleMemberRenderer : HtmlObjectRenderer<ArticleMemberBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, ArticleMemberBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.Write("<p class=\"lid\"");
        if (obj.ClauseId is { } id)
        {
            renderer.Write(" id=\"").WriteEscape(id).Write('"');
        }

        renderer.Write("><span class=\"lidnummer\">");
        HtmlRevisions.WriteLabel(renderer, obj.Number, obj);
        renderer.Write("</span> ");
        renderer.WriteLeafInline(obj);
        renderer.WriteLine("</p>");
    }
}
