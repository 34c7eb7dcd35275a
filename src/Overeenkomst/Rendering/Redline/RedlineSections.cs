using Markdig.Syntax;
using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Rendering.Markdown;
using Overeenkomst.Rendering.Markdown.Extensions.ClauseHeadings;
using Overeenkomst.Rendering.Markdown.Extensions.PageBreaks;
using Overeenkomst.Rendering.Markdown.Extensions.Signatures;

namespace Overeenkomst.Rendering.Redline;

/// <summary>
/// Splits an agreement into the sections a redline aligns: each article and annex from its heading to the next, and
/// the two parts that belong to no clause, the opening (title, parties, recitals) and the signatures.
/// </summary>
public static class RedlineSections
{
    /// <summary>The key of the opening: a '#' cannot occur in a clause id.</summary>
    public const string Opening = "#aanhef";

    /// <summary>The key of the signatures.</summary>
    public const string Signing = "#ondertekening";

    /// <summary>The sections of <paramref name="document"/> in order, each with its blocks (still in the document).</summary>
    internal static List<Part> Of(MarkdownDocument document)
    {
        var parts = new List<Part> { new(Opening, null, Messages.RedlineOpening, []) };
        foreach (var block in document)
        {
            var opens = block switch
            {
                ClauseHeadingBlock heading => new Part(heading.ClauseId, heading.Kind, heading.Label + InlineText.Of(heading.Inline).Trim(), []),
                SignatureBlock => new Part(Signing, null, Messages.RedlineSigning, []),
                _ => null,
            };
            if (opens is not null)
            {
                // A page break right before a heading starts that section (an annex begins on a new page): it comes and
                // goes with the annex, not with what stands before it.
                var previous = parts[^1].Blocks;
                var breaks = previous.Count - previous.FindLastIndex(candidate => candidate is not PageBreakBlock) - 1;
                opens.Blocks.AddRange(previous.GetRange(previous.Count - breaks, breaks));
                previous.RemoveRange(previous.Count - breaks, breaks);
                parts.Add(opens);
            }

            parts[^1].Blocks.Add(block);
        }

        if (parts[0].Blocks.Count == 0)
        {
            parts.RemoveAt(0);
        }

        return parts;
    }

    /// <summary>A section as found: key, kind, heading and blocks.</summary>
    internal sealed record Part(string Key, ClauseKind? Kind, string Heading, List<Block> Blocks)
    {
        /// <summary>What each block says (<see cref="BlockKey"/>), worked out once: whether the section changed, and how its blocks align.</summary>
        public string[] Keys => keys ??= BlockKey.Of(Blocks);

        private string[]? keys;
    }
}
