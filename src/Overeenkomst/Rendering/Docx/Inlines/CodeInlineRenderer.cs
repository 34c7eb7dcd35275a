using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Docx.Inlines;

/// <summary><c>`code`</c> in a monospace run.</summary>
public sealed class CodeInlineRenderer : DocxObjectRenderer<CodeInline>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, CodeInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var outer = renderer.Format;
        renderer.Format |= RunFormat.Code;
        renderer.WriteText(obj.ContentSpan);
        renderer.Format = outer;
    }
}
