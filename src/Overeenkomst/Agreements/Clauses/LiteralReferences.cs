using System.Text.RegularExpressions;
using Overeenkomst.Rendering.Clauses;

namespace Overeenkomst.Agreements.Clauses;

/// <summary>
/// The numbers a jurist typed in an edit ("artikel 7", "lid 7.2", "bijlage 2") and the clauses they name. Templates refer
/// by id and follow every renumbering; typed text does not, so the desk remembers what each number meant.
/// </summary>
public static partial class LiteralReferences
{
    /// <summary>Each reference in <paramref name="text"/> (lower case) with the clause it names in <paramref name="clauses"/>; null when there is none.</summary>
    public static IReadOnlyDictionary<string, string>? In(string text, IReadOnlyList<Clause> clauses)
    {
        var numbering = Numbering(clauses);
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Reference().Matches(text))
        {
            var reference = Normalised(match);
            if (numbering.TryGetValue(reference, out var id))
            {
                found[reference] = id;
            }
        }

        return found.Count == 0 ? null : found;
    }

    /// <summary>What each reference names in <paramref name="clauses"/>: "artikel 7", "lid 7.2" and "artikel 7.2", "bijlage 2" → id.</summary>
    public static IReadOnlyDictionary<string, string> Numbering(IReadOnlyList<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var numbering = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            switch (clause.Kind)
            {
                case ClauseKind.Article:
                    numbering[$"artikel {clause.Number}"] = clause.Id;
                    break;
                case ClauseKind.Member:
                    numbering[$"lid {clause.Number}"] = clause.Id;
                    numbering[$"artikel {clause.Number}"] = clause.Id;
                    break;
                case ClauseKind.Annex:
                    numbering[$"bijlage {clause.Number}"] = clause.Id;
                    break;
            }
        }

        return numbering;
    }

    private static string Normalised(Match match) => $"{match.Groups["kind"].Value.ToLowerInvariant()} {match.Groups["number"].Value}";

    [GeneratedRegex(@"\b(?<kind>artikel|lid|bijlage)\s+(?<number>\d+(?:\.\d+)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
