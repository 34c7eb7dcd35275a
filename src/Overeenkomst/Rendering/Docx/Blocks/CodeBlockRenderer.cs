using Markdig.Syntax;

namespace Overeenkomst.Rendering.Docx.Blocks;

/// <summary>Indented or fenced code: each line as it stands, in a monospace paragraph, so nothing a template wrote is lost.</summary>
public sealed class CodeBlockRenderer : DocxObjectRenderer<CodeBlock>
{
    /// <inheritdoc />
    protected override void Write(DocxRenderer renderer, CodeBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        var lines = obj.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            renderer.BeginParagraph(HouseStyle.StyleIds.Code);
            renderer.WriteText(lines.Lines[i].Slice.AsSpan());
            renderer.EndParagraph();
        }
    }
}
