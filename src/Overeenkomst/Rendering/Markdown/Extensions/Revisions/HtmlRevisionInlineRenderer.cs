using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Overeenkomst.Rendering.Markdown.Extensions.Revisions;

/// <summary>Writes inserted or deleted words as <c>&lt;ins&gt;</c> or <c>&lt;del&gt;</c>.</summary>
public sealed class HtmlRevisionInlineRenderer : HtmlObjectRenderer<RevisionInline>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, RevisionInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var tag = HtmlRevisions.Tag(obj.Kind);
        renderer.Write('<').Write(tag).Write('>');
        renderer.WriteChildren(obj);
        renderer.Write("</").Write(tag).Write('>');
    }
}
