using System.Text.RegularExpressions;

namespace Overeenkomst.Rendering.Clauses;

/// <summary>
/// Finds the clauses in laid-out agreement Markdown (what <see cref="ClauseLayout"/> wrote, as every version stores it):
/// each article, member and annex with its id, number, title and text.
/// </summary>
/// <remarks>
/// The same rule as the numbering pass decides where a clause ends: a member at the next clause, an article or annex at
/// the next article or annex, both at a heading, the signature block or a page break. Markdown without clause ids
/// (versions made before clauses had ids) gives no clauses.
/// </remarks>
public static partial class ClauseReader
{
    /// <summary>The clauses of <paramref name="markdown"/> in document order.</summary>
    public static IReadOnlyList<Clause> Read(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = Lines(markdown);
        var found = new List<(Clause Clause, int Line)>();
        string? articleTitle = null;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (Heading().Match(line) is { Success: true } heading)
            {
                var kind = heading.Groups["kind"].Value == "Artikel" ? ClauseKind.Article : ClauseKind.Annex;
                var title = heading.Groups["title"].Value.Trim();
                articleTitle = kind == ClauseKind.Article ? title : null;
                found.Add((new Clause(heading.Groups["id"].Value, kind, heading.Groups["number"].Value, title, ""), index));
            }
            else if (Member().Match(line) is { Success: true } member && articleTitle is not null)
            {
                found.Add((new Clause(member.Groups["id"].Value, ClauseKind.Member, member.Groups["number"].Value, articleTitle, ""), index));
            }
            else if (IsTerminator(line))
            {
                articleTitle = null;
            }
        }

        var clauses = new List<Clause>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var (clause, start) = found[i];
            var end = lines.Count;
            for (var next = i + 1; next < found.Count; next++)
            {
                if (clause.Kind == ClauseKind.Member || found[next].Clause.Kind != ClauseKind.Member)
                {
                    end = found[next].Line;
                    break;
                }
            }

            for (var line = start + 1; line < end; line++)
            {
                if (IsTerminator(lines[line]))
                {
                    end = line;
                    break;
                }
            }

            var first = clause.Kind == ClauseKind.Member ? Member().Match(lines[start]).Groups["text"].Value : null;
            var body = lines.Skip(start + 1).Take(end - start - 1);
            var text = string.Join('\n', first is null ? body : body.Prepend(first)).Trim();
            clauses.Add(clause with { Markdown = text });
        }

        return clauses;
    }

    private static List<string> Lines(string markdown) => [.. markdown.ReplaceLineEndings("\n").Split('\n')];

    private static bool IsTerminator(string line) => line.StartsWith('#') || line.StartsWith(":::", StringComparison.Ordinal) || line.StartsWith("\\newpage", StringComparison.Ordinal);

    [GeneratedRegex(@"^## (?<kind>Artikel|Bijlage) (?<number>\d+) \{#(?<id>[a-z0-9.-]+)\}(?<title>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<number>\d+\.\d+) \{#(?<id>[a-z0-9.-]+)\} ?(?<text>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Member();
}
