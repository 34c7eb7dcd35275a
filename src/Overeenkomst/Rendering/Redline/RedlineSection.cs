using Markdig.Syntax;
using Overeenkomst.Rendering.Clauses;

namespace Overeenkomst.Rendering.Redline;

/// <summary>
/// One part of a redline, aligned by clause id: an article or annex, or the parts around them (the opening with the
/// parties and recitals, the signatures).
/// </summary>
/// <param name="Key">The clause id, or <see cref="RedlineSections.Opening"/> or <see cref="RedlineSections.Signing"/>.</param>
/// <param name="Kind">Article or annex; null for the opening and the signatures.</param>
/// <param name="Heading">How a reader names it: "Artikel 12 Overleg en besluitvorming" (the newer number, or the older for a deleted article).</param>
/// <param name="Change">Whether and how it changed.</param>
/// <param name="Blocks">Its blocks in the merged tree.</param>
/// <param name="OnlyNumbersDiffer">
/// True for a changed section whose text is the same in both versions once every number is left out: it moved because
/// an article before it came or went, or a number it refers to did.
/// </param>
public sealed record RedlineSection(string Key, ClauseKind? Kind, string Heading, SectionChange Change, IReadOnlyList<Block> Blocks, bool OnlyNumbersDiffer)
{
    /// <summary>The clause id, or null for the opening and the signatures.</summary>
    public string? ClauseId => Kind is null ? null : Key;
}

/// <summary>What happened to a section between two versions.</summary>
public enum SectionChange
{
    /// <summary>It reads the same.</summary>
    Unchanged,

    /// <summary>It is in both, with other text.</summary>
    Changed,

    /// <summary>Only the newer version has it.</summary>
    Inserted,

    /// <summary>Only the older version has it.</summary>
    Deleted,
}
