using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire;

namespace Overeenkomst.Quality;

/// <summary>Read access to prepared answers for the quality rules: numbers, yes/no, text and lists by question id.</summary>
internal sealed class AnswerFacts(JsonObject answers)
{
    public decimal? Number(string id) => Number(answers[id]);

    public bool? YesNo(string id) => answers[id] is JsonValue value && value.TryGetValue<bool>(out var yes) ? yes : null;

    public string? Text(string id) => Text(answers[id]);

    public DateOnly? Date(string id) => Date(answers[id]);

    /// <summary>The day by which the parties decide on going on (<see cref="AgreementTerm"/>), or null.</summary>
    public DateOnly? DecisionDeadline() => AgreementTerm.DecisionDeadline(answers);

    /// <summary>Whether the question has an answer at all; an explicitly empty list counts ("none arranged").</summary>
    public bool IsAnswered(string id) => answers[id] is not null;

    public IReadOnlyList<JsonObject> Items(string id) => answers[id] is JsonArray items ? items.OfType<JsonObject>().ToList() : [];

    public IReadOnlyList<string> Choices(string id) => answers[id] is JsonArray items ? items.Select(Text).OfType<string>().ToList() : [];

    public static decimal? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : null;

    public static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static DateOnly? Date(JsonNode? node) => AgreementTerm.Date(node);
}
