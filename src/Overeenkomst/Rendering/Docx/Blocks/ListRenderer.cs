using Markdig.Syntax;

namespace Overeenkomst.Rendering.Docx.Blocks;

/// <summary>Bulleted, numbered, lettered and roman lists; each list restarts its own numbering.</summary>
public sealed class ListRenderer : DocxObjectRenderer<ListBlock>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, ListBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var (kind, start) = ListKind.Of(obj);
        renderer.EndParagraph();
        renderer.BeginList(kind, start);
        foreach (var item in obj)
        {
            renderer.BeginListItem();
            renderer.WriteChildren((ListItemBlock)item);
        }

        renderer.EndList();
    }
}
