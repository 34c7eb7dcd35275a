using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Docx.Inlines;

/// <summary><c>*cursief*</c> and <c>**vet**</c> as italic and bold runs.</summary>
public sealed class EmphasisInlineRenderer : DocxObjectRenderer<EmphasisInline>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, EmphasisInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var outer = renderer.Format;
        renderer.Format |= obj.DelimiterCount >= 2 ? RunFormat.Bold : RunFormat.Italic;
        renderer.WriteChildren(obj);
        renderer.Format = outer;
    }
}
