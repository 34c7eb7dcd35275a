using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Docx.Inlines;

/// <summary><c>&lt;https://…&gt;</c> and <c>&lt;naam@voorbeeld.nl&gt;</c> print as the address itself.</summary>
public sealed class AutolinkInlineRenderer : DocxObjectRenderer<AutolinkInline>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, AutolinkInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.WriteText(obj.Url);
    }
}
