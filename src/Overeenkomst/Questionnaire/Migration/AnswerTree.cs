using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Migration;

/// <summary>What becomes of one answer in a migration: kept, moved to another id, or dropped.</summary>
/// <param name="NewPath">The question's new path when it is renamed.</param>
/// <param name="Dropped">True when the answer goes.</param>
internal readonly record struct Fate(string? NewPath, bool Dropped)
{
    public static Fate Keep => default;

    public static Fate Drop => new(null, true);

    public static Fate RenameTo(string newPath) => new(newPath, false);
}

/// <summary>Rewrites an answers object key by key, into the items of groups too, by each answer's definition path.</summary>
internal static class AnswerTree
{
    /// <summary>
    /// A copy of <paramref name="answers"/> in which each answer met <paramref name="decide"/>'s fate (asked with the path
    /// as the definition nests it: <c>partijen.kvk</c>, no item numbers); <paramref name="changed"/> hears of each path
    /// renamed or dropped once, however many items it was in. Keys keep their order; a renamed answer keeps its place.
    /// </summary>
    public static JsonObject Rewrite(JsonObject answers, Func<string, Fate> decide, Func<string, bool> descend, Action<string, Fate> changed)
    {
        var told = new HashSet<string>(StringComparer.Ordinal);
        return Object(answers, prefix: "");

        JsonObject Object(JsonObject node, string prefix)
        {
            var answers = node.ToList();
            var keys = answers.Select(answer => answer.Key).ToHashSet(StringComparer.Ordinal);
            node.Clear();
            var result = new JsonObject();
            foreach (var (key, value) in answers)
            {
                var path = prefix + key;
                var fate = decide(path);
                if (fate != Fate.Keep && told.Add(path))
                {
                    changed(path, fate);
                }

                var newKey = fate.NewPath is { } renamed ? renamed[(renamed.LastIndexOf('.') + 1)..] : key;
                // Two answers for one question (the old id and the new one both sent): the one under the new id counts.
                if (fate.Dropped || (fate.NewPath is not null && keys.Contains(newKey)))
                {
                    continue;
                }

                result[newKey] = value is JsonArray items && descend(path) ? Items(items, path + ".") : value;
            }

            return result;
        }

        JsonArray Items(JsonArray items, string prefix)
        {
            var list = items.ToList();
            items.Clear();
            return [.. list.Select(item => item is JsonObject member ? Object(member, prefix) : item)];
        }
    }
}
