namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// The question id a mistyped one was probably meant to be: the nearest by edit distance when it is near enough, or else
/// the id that is the typed one with a word more or less at its end.
/// </summary>
/// <remarks>
/// Optimal string alignment distance (insertions, deletions, substitutions and swapping two neighbours each count one), so
/// "opzegtermijn_maand" finds "opzegtermijn_maanden" and "kvk_numer" finds "kvk_nummer". Twenty lines of our own rather
/// than a package: the dependencies are fixed (DESIGN.md) and nothing else here needs fuzzy matching.
/// </remarks>
internal static class ClosestId
{
    // Beyond this a typed key is not a typo of an id (ids are short), and comparing it would only cost time.
    private const int LongestCompared = 64;

    /// <summary>The candidate nearest to <paramref name="typed"/>, or null when none is near: the first in order wins a tie.</summary>
    public static string? To(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        if (typed.Length > LongestCompared)
        {
            return null;
        }

        // One edit in four characters, at least one and at most three: "rol" → "rollen" is not a typo, "emial" → "email" is.
        var allowed = Math.Clamp(typed.Length / 4, 1, 3);
        var lower = typed.ToLowerInvariant();
        string? best = null;
        var bestDistance = allowed + 1;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - lower.Length) < bestDistance && Distance(lower, candidate) is var distance && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best ?? candidates
            .Where(candidate => SameWordsButOne(lower, candidate))
            .OrderBy(candidate => Math.Abs(candidate.Length - lower.Length))
            .FirstOrDefault();
    }

    // "kvk_nummer" for "kvk", "opzegtermijn" for "opzegtermijn_maanden": one is the other with words added at its end.
    private static bool SameWordsButOne(string typed, string candidate) =>
        candidate.StartsWith(typed + "_", StringComparison.Ordinal) || typed.StartsWith(candidate + "_", StringComparison.Ordinal);

    /// <summary>The optimal string alignment distance between two short strings.</summary>
    public static int Distance(string a, string b)
    {
        var rows = new int[3, b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            int current = i % 3, previous = (i - 1) % 3, before = (i + 1) % 3;
            rows[current, 0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(rows[previous, j] + 1, rows[current, j - 1] + 1), rows[previous, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, rows[before, j - 2] + 1);
                }

                rows[current, j] = value;
            }
        }

        return rows[a.Length % 3, b.Length];
    }
}
