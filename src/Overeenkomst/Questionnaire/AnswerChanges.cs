using System.Text.Json;
using Overeenkomst.Questionnaire.Definition;

namespace Overeenkomst.Questionnaire;

/// <summary>
/// Which answers one save changed: the answers before and after compared question by question, into the items of groups,
/// so the log can say what someone did instead of only that they saved.
/// </summary>
public static class AnswerChanges
{
    // Replacing all answers at once (another example loaded) changes everything; the log line stays readable.
    private const int MostListed = 100;

    /// <summary>
    /// The answers that differ, by path: a top-level id (<c>naam_leerwerkplek</c>), a group member
    /// (<c>partijen[1].kvk</c>), or a whole item that was added or removed (<c>partijen[2]</c>); with the question's label.
    /// An answer that is absent and one that is null are the same: not answered.
    /// </summary>
    public static IReadOnlyList<ChangedAnswer> Between(JsonElement before, JsonElement after, QuestionnaireDefinition? definition)
    {
        var changes = new List<ChangedAnswer>();
        Objects(before, after, prefix: "", definitionPrefix: "", definition, changes);
        return changes;
    }

    private static void Objects(JsonElement before, JsonElement after, string prefix, string definitionPrefix, QuestionnaireDefinition? definition,
        List<ChangedAnswer> changes)
    {
        var old = Properties(before);
        var now = Properties(after);
        foreach (var key in now.Keys.Concat(old.Keys.Where(key => !now.ContainsKey(key))))
        {
            if (changes.Count == MostListed)
            {
                return;
            }

            var path = prefix + key;
            var definitionPath = definitionPrefix + key;
            var both = old.TryGetValue(key, out var was) & now.TryGetValue(key, out var @is);
            if (both && JsonElement.DeepEquals(was, @is))
            {
                continue;
            }

            if (both && was.ValueKind == JsonValueKind.Array && @is.ValueKind == JsonValueKind.Array
                && definition?.ByPath.GetValueOrDefault(definitionPath)?.IsGroup == true)
            {
                Items(was, @is, path, definitionPath, definition, changes);
            }
            else
            {
                changes.Add(new ChangedAnswer(path, definition?.ByPath.GetValueOrDefault(definitionPath)?.Label));
            }
        }
    }

    private static void Items(JsonElement before, JsonElement after, string path, string definitionPath, QuestionnaireDefinition definition,
        List<ChangedAnswer> changes)
    {
        var (old, now) = (before.EnumerateArray().ToList(), after.EnumerateArray().ToList());
        for (var i = 0; i < Math.Max(old.Count, now.Count) && changes.Count < MostListed; i++)
        {
            if (i < old.Count && i < now.Count && old[i].ValueKind == JsonValueKind.Object && now[i].ValueKind == JsonValueKind.Object)
            {
                Objects(old[i], now[i], $"{path}[{i}].", definitionPath + ".", definition, changes);
            }
            else if (i >= old.Count || i >= now.Count || !JsonElement.DeepEquals(old[i], now[i]))
            {
                changes.Add(new ChangedAnswer($"{path}[{i}]", definition.ByPath.GetValueOrDefault(definitionPath)?.Label));
            }
        }
    }

    // Null counts as not answered, like an absent answer.
    private static Dictionary<string, JsonElement> Properties(JsonElement answers) =>
        answers.ValueKind == JsonValueKind.Object
            ? answers.EnumerateObject().Where(property => property.Value.ValueKind != JsonValueKind.Null)
                .GroupBy(property => property.Name, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Last().Value, StringComparer.Ordinal)
            : [];
}

/// <summary>One answer a save changed.</summary>
/// <param name="Path">Where: <c>naam_leerwerkplek</c>, <c>partijen[1].kvk</c>, or <c>partijen[2]</c> for a whole item.</param>
/// <param name="Label">The question as the person reads it; null when the questionnaire does not (or no longer) know it.</param>
public sealed record ChangedAnswer(string Path, string? Label);
