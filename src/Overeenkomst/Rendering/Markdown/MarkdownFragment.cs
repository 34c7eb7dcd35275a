namespace Overeenkomst.Rendering.Markdown;

/// <summary>Markdown that the template engine writes as is, because our own code built it and escaped what came from users.</summary>
/// <remarks>Every other value a template writes is treated as user text and escaped by <see cref="MarkdownText"/>.</remarks>
public sealed record MarkdownFragment(string Markdown)
{
    /// <inheritdoc />
    public override string ToString() => Markdown;
}
