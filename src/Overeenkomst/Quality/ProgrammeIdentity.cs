using System.Text.Json.Nodes;

namespace Overeenkomst.Quality;

/// <summary>
/// Which rows of <c>opleidingen</c> are the same programme: the same CREBO/CROHO code, or — where a row has no code —
/// the same kind and the same name apart from case, spaces, hyphens and an "mbo"/"hbo" prefix. So "MBO-Verpleegkundige"
/// as BOL and "mbo verpleegkundige" as BBL count as one programme, not as the mix the research asks for.
/// </summary>
internal static class ProgrammeIdentity
{
    /// <summary>The rows grouped per programme, in the order the programmes first appear.</summary>
    public static IReadOnlyList<IReadOnlyList<JsonObject>> Group(IEnumerable<JsonObject> programmes)
    {
        var groups = new List<List<JsonObject>>();
        foreach (var programme in programmes)
        {
            if (groups.Find(group => group.Exists(other => Same(programme, other))) is { } same)
            {
                same.Add(programme);
            }
            else
            {
                groups.Add([programme]);
            }
        }

        return groups;
    }

    /// <summary>The name as compared: "MBO-Verpleegkundige" and "mbo verpleegkundige" both become "verpleegkundige".</summary>
    public static string NormalisedName(string name)
    {
        var lower = name.Trim().ToLowerInvariant();
        foreach (var prefix in new[] { "mbo-", "mbo ", "hbo-", "hbo " })
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                lower = lower[prefix.Length..];
                break;
            }
        }

        return string.Concat(lower.Where(c => !char.IsWhiteSpace(c) && c != '-'));
    }

    private static bool Same(JsonObject one, JsonObject other) =>
        (AnswerFacts.Text(one["code"]), AnswerFacts.Text(other["code"])) is ({ } code, { } otherCode)
            ? code == otherCode
            : AnswerFacts.Text(one["soort_onderwijs"]) == AnswerFacts.Text(other["soort_onderwijs"])
              && AnswerFacts.Text(one["naam"]) is { } name && AnswerFacts.Text(other["naam"]) is { } otherName
              && NormalisedName(name) == NormalisedName(otherName);
}
