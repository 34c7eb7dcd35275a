using Markdig.Syntax;

namespace Overeenkomst.Rendering.Redline;

/// <summary>Two versions of an agreement merged into one syntax tree with every difference marked, section by section.</summary>
/// <param name="Document">The merged tree: write it with <see cref="Markdown.AgreementMarkdown.RedlinePipeline"/>.</param>
/// <param name="Sections">Its sections in document order, each with its change.</param>
public sealed record Redline(MarkdownDocument Document, IReadOnlyList<RedlineSection> Sections)
{
    /// <summary>The sections that changed, were added or were removed.</summary>
    public IEnumerable<RedlineSection> Changed => Sections.Where(section => section.Change != SectionChange.Unchanged);
}
