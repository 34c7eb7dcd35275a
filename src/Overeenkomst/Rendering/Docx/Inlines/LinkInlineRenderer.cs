using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Docx.Inlines;

/// <summary>A link prints as its text followed by the address in brackets: a signed paper copy has no clickable links.</summary>
public sealed class LinkInlineRenderer : DocxObjectRenderer<LinkInline>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, LinkInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.WriteChildren(obj);
        if (!string.IsNullOrEmpty(obj.Url) && !obj.IsImage)
        {
            renderer.WriteText(" (");
            renderer.WriteText(obj.Url);
            renderer.WriteText(")");
        }
    }
}
