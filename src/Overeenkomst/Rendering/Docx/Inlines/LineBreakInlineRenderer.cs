using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Docx.Inlines;

/// <summary>A hard line break becomes a break in the paragraph; a soft one is just a space, as in print.</summary>
public sealed class LineBreakInlineRenderer : DocxObjectRenderer<LineBreakInline>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, LineBreakInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        if (obj.IsHard)
        {
            renderer.WriteLineBreak();
        }
        else
        {
            renderer.WriteText(" ");
        }
    }
}
