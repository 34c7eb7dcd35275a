using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Docx.Inlines;

/// <summary>An entity a template wrote, such as <c>&amp;nbsp;</c>, as the character it stands for.</summary>
public sealed class HtmlEntityInlineRenderer : DocxObjectRenderer<HtmlEntityInline>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, HtmlEntityInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.WriteText(obj.Transcoded.AsSpan());
    }
}
