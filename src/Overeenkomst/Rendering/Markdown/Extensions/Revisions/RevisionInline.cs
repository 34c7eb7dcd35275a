using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Markdown.Extensions.Revisions;

/// <summary>Words inside a paragraph that one version has and the other has not.</summary>
public sealed class RevisionInline(RevisionKind kind) : ContainerInline
{
    /// <summary>Inserted or deleted.</summary>
    public RevisionKind Kind { get; } = kind;
}
