using Markdig.Renderers;
using Markdig.Syntax;

namespace Overeenkomst.Rendering.Docx;

/// <summary>Base of every Word renderer of one Markdown node type.</summary>
public abstract class DocxObjectRenderer<TObject> : MarkdownObjectRenderer<DocxRenderer, TObject>
    where TObject : MarkdownObject;
