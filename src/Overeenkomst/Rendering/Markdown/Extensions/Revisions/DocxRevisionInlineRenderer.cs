using Overeenkomst.Rendering.Docx;

namespace Overeenkomst.Rendering.Markdown.Extensions.Revisions;

/// <summary>Writes inserted or deleted words as runs inside <c>w:ins</c> or <c>w:del</c>.</summary>
public sealed class DocxRevisionInlineRenderer : DocxObjectRenderer<RevisionInline>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, RevisionInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.PushRevision(obj.Kind);
        renderer.WriteChildren(obj);
        renderer.PopRevision();
    }
}
