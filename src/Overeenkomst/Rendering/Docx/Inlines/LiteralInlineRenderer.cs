using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Docx.Inlines;

/// <summary>Plain text, already unescaped by Markdig, so user text arrives exactly as typed.</summary>
public sealed class LiteralInlineRenderer : DocxObjectRenderer<LiteralInline>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, LiteralInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.WriteText(obj.Content.AsSpan());
    }
}
