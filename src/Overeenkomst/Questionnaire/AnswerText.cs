using System.Text.Json;

namespace Overeenkomst.Questionnaire;

/// <summary>
/// The text of an answer in JSON: what it says when it is a string, null for anything else — so a caller that checks for
/// text gets it in the same step, without asking JSON twice.
/// </summary>
internal static class AnswerText
{
    /// <summary>The text of <paramref name="value"/>, or null when it is not a string.</summary>
    public static string? Of(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The text of <paramref name="field"/> of the object <paramref name="row"/>, or null when it is missing or not a string.</summary>
    public static string? Of(JsonElement row, string field) =>
        row.ValueKind == JsonValueKind.Object && row.TryGetProperty(field, out var value) ? Of(value) : null;
}
