using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Rendering;

namespace Overeenkomst.Agreements.Comparing;

/// <summary>
/// The answers that differ between two versions, named as the questionnaire asks them: "Naam van de hybride
/// leerwerkplek: 'Leerhuis' → 'Leerhuis Zuid'", and inside a group per item and field ("Welke organisaties doen mee? —
/// Laurens — Naam van de vertegenwoordiger: …").
/// </summary>
/// <remarks>Compares the answers as the templates saw them (prepared: hidden answers removed, defaults filled in), so a difference here is one the text could show.</remarks>
public sealed class AnswerDifferences(QuestionnaireDefinition definition)
{
    // A long answer is shown by its start: the redline itself shows the whole text.
    private const int MaxShown = 80;

    private readonly Dictionary<string, int> order = definition.Sections.SelectMany(section => section.Questions)
        .Select((question, index) => (question.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);

    /// <summary>The answers that differ between <paramref name="older"/> and <paramref name="newer"/>, compared once for every section that asks.</summary>
    public ChangedAnswers Between(IReadOnlyDictionary<string, JsonNode?> older, IReadOnlyDictionary<string, JsonNode?> newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var differing = older.Keys.Union(newer.Keys)
            .Where(name => !JsonNode.DeepEquals(older.GetValueOrDefault(name), newer.GetValueOrDefault(name)))
            .OrderBy(name => order.GetValueOrDefault(name, int.MaxValue)).ThenBy(name => name, StringComparer.Ordinal)
            .ToList();
        return new ChangedAnswers(differing, (variables, fields) => Describe(differing.Where(variables.Contains), older, newer, fields));
    }

    private List<string> Describe(IEnumerable<string> names, IReadOnlyDictionary<string, JsonNode?> older, IReadOnlyDictionary<string, JsonNode?> newer,
        IReadOnlySet<string> fields)
    {
        var lines = new List<string>();
        foreach (var name in names)
        {
            var question = definition.Questions.GetValueOrDefault(name);
            Compare(lines, question?.Label ?? name, question?.Questions ?? [], older.GetValueOrDefault(name), newer.GetValueOrDefault(name), fields);
        }

        return lines;
    }

    private static void Compare(List<string> lines, string label, IReadOnlyList<QuestionDefinition> members, JsonNode? before, JsonNode? after,
        IReadOnlySet<string> fields)
    {
        if (before is JsonArray older && after is JsonArray newer && (older.Any(item => item is JsonObject) || newer.Any(item => item is JsonObject)))
        {
            CompareItems(lines, label, members, older, newer, fields);
        }
        else
        {
            lines.Add(Messages.AnswerChanged(label, Shown(before), Shown(after)));
        }
    }

    // Item by item, field by field: what changed in a group, not the whole group twice.
    private static void CompareItems(List<string> lines, string label, IReadOnlyList<QuestionDefinition> members, JsonArray older, JsonArray newer,
        IReadOnlySet<string> fields)
    {
        var named = members.Where(member => fields.Contains(member.Id)).ToList();
        var shown = named.Count > 0 ? named : members;
        for (var i = 0; i < Math.Max(older.Count, newer.Count); i++)
        {
            var before = i < older.Count ? older[i] as JsonObject : null;
            var after = i < newer.Count ? newer[i] as JsonObject : null;
            var item = $"{label} — {ItemName(after ?? before, i)}";
            if (before is null || after is null)
            {
                lines.Add(before is null ? Messages.AnswerItemAdded(item) : Messages.AnswerItemRemoved(item));
                continue;
            }

            var keys = shown.Count > 0 ? shown.Select(member => member.Id) : before.Select(pair => pair.Key).Union(after.Select(pair => pair.Key));
            foreach (var key in keys)
            {
                if (!JsonNode.DeepEquals(before[key], after[key]))
                {
                    var member = members.FirstOrDefault(question => question.Id == key);
                    Compare(lines, $"{item} — {member?.Label ?? key}", member?.Questions ?? [], before[key], after[key], fields);
                }
            }
        }
    }

    // An item by its own name where it has one (a party's short name, a quality rule's id), else by its place.
    private static string ItemName(JsonObject? item, int index) =>
        (item?["korte_naam"] ?? item?["naam"] ?? item?["id"]) is JsonValue name && name.GetValueKind() == JsonValueKind.String
            ? name.GetValue<string>()
            : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Shown(JsonNode? node) => node switch
    {
        null => Messages.AnswerEmpty,
        JsonArray list => list.Count == 0 ? Messages.AnswerEmpty : string.Join(", ", list.Select(Shown)),
        JsonObject => Messages.AnswerGroup,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.True => Messages.Yes,
            JsonValueKind.False => Messages.No,
            JsonValueKind.Number when value.TryGetValue<decimal>(out var number) => DutchFormat.Number(number),
            JsonValueKind.String => Quoted(value.GetValue<string>()),
            _ => value.ToJsonString(),
        },
        _ => node.ToJsonString(),
    };

    private static string Quoted(string text)
    {
        var clean = DocumentText.Clean(text, keepLineBreaks: false).Trim();
        return $"“{(clean.Length > MaxShown ? clean[..MaxShown].TrimEnd() + "…" : clean)}”";
    }
}

/// <summary>The answers that differ between two versions, in the questionnaire's order, and how to say which of them a section reads.</summary>
/// <param name="Names">The ids of the answers that differ.</param>
/// <param name="describe">Says, for a section's variables and fields, which answers changed and how.</param>
public sealed record ChangedAnswers(IReadOnlyList<string> Names, Func<IReadOnlySet<string>, IReadOnlySet<string>, IReadOnlyList<string>> describe)
{
    /// <summary>The changes among <paramref name="variables"/> (inside groups, among <paramref name="fields"/> when the section names any), one line each.</summary>
    public IReadOnlyList<string> ReadBy(IReadOnlySet<string> variables, IReadOnlySet<string> fields) => describe(variables, fields);
}
