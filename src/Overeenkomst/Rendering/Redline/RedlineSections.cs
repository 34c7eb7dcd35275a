using Markdig.Syntax;
using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Rendering.Markdown;
using Overeenkomst.Rendering.Markdown.Extensions.ClauseHeadings;
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
            switch (block)
            {
                case ClauseHeadingBlock heading:
                    parts.Add(new Part(heading.ClauseId, heading.Kind, heading.Label + InlineText.Of(heading.Inline).Trim(), []));
                    break;
                case SignatureBlock:
                    parts.Add(new Part(Signing, null, Messages.RedlineSigning, []));
                    break;
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
    internal sealed record Part(string Key, ClauseKind? Kind, string Heading, List<Block> Blocks);
}
