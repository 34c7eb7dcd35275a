using System.Text.RegularExpressions;
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
/// <remarks>
/// The split is made on the Markdown text, by the lines that open a section (<c>## Artikel 11 {#overleg} …</c>,
/// <c>## Bijlage 2 {#bijlage-begroting} …</c>, <c>::: ondertekening</c>), and each section is parsed on its own, only
/// when its blocks are needed: most sections of two versions read the same, and those of the older version are then
/// never parsed. A page break right before a heading starts that section (an annex begins on a new page): it comes and
/// goes with the annex, not with what stands before it.
/// </remarks>
public static partial class RedlineSections
{
    /// <summary>The key of the opening: a '#' cannot occur in a clause id.</summary>
    public const string Opening = "#aanhef";

    /// <summary>The key of the signatures.</summary>
    public const string Signing = "#ondertekening";

    /// <summary>The sections of <paramref name="markdown"/> (laid-out agreement Markdown) in order.</summary>
    internal static List<Part> Of(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var parts = new List<Part>();
        var key = Opening;
        ClauseKind? kind = null;
        int start = 0, afterContent = 0, firstBreak = -1, lineStart = 0;
        while (lineStart < markdown.Length)
        {
            var lineEnd = markdown.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? markdown.Length : lineEnd;
            var line = markdown.AsSpan(lineStart, lineEnd - lineStart);
            if (line.StartsWith("\\newpage", StringComparison.Ordinal))
            {
                firstBreak = firstBreak < 0 ? lineStart : firstBreak;
            }
            else if (!line.IsWhiteSpace())
            {
                if (Opens(line) is { } opens)
                {
                    var boundary = firstBreak >= 0 ? firstBreak : afterContent;
                    if (key != Opening || boundary > start)
                    {
                        parts.Add(new Part(key, kind, markdown[start..boundary]));
                    }

                    (key, kind, start) = (opens.Key, opens.Kind, boundary);
                }

                afterContent = Math.Min(lineEnd + 1, markdown.Length);
                firstBreak = -1;
            }

            lineStart = lineEnd + 1;
        }

        parts.Add(new Part(key, kind, markdown[start..]));
        return parts;
    }

    private static (string Key, ClauseKind? Kind)? Opens(ReadOnlySpan<char> line)
    {
        if (line.TrimEnd().SequenceEqual("::: " + SignatureBlockParser.Name))
        {
            return (Signing, null);
        }

        return line.StartsWith("## ", StringComparison.Ordinal) && Heading().Match(line.ToString()) is { Success: true } heading
            ? (heading.Groups["id"].Value, heading.Groups["kind"].Value == "Artikel" ? ClauseKind.Article : ClauseKind.Annex)
            : null;
    }

    [GeneratedRegex(@"^## (?<kind>Artikel|Bijlage) \d+ \{#(?<id>[a-z0-9.-]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    /// <summary>A section as found: its key and kind, its text, and — parsed on first use — its blocks, heading and keys.</summary>
    internal sealed class Part(string key, ClauseKind? kind, string text)
    {
        private List<Block>? blocks;
        private string[]? keys;

        public string Key { get; } = key;

        public ClauseKind? Kind { get; } = kind;

        /// <summary>Its Markdown, as written: two sections with the same text read the same.</summary>
        public string Text { get; } = text;

        /// <summary>Its blocks, parsed on their own; the merge takes them from the document they were parsed in.</summary>
        public List<Block> Blocks => blocks ??= [.. AgreementMarkdown.Parse(Text)];

        /// <summary>What each block says (<see cref="BlockKey"/>), worked out once: how the blocks align.</summary>
        public string[] Keys => keys ??= BlockKey.Of(Blocks);

        /// <summary>How a reader names it: "Artikel 11 Overleg en besluitvorming".</summary>
        public string Heading => Key switch
        {
            Opening => Messages.RedlineOpening,
            Signing => Messages.RedlineSigning,
            _ => Blocks.OfType<ClauseHeadingBlock>().FirstOrDefault() is { } heading
                ? heading.Label + InlineText.Of(heading.Inline).Trim()
                : Key,
        };
    }
}
