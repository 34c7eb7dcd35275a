using System.Text.Json;
using Scriban.Runtime;

namespace Overeenkomst.Questionnaire;

/// <summary>
/// Answers as Scriban sees them — objects, lists, text, numbers and yes/no, nothing executable — for the questionnaire's
/// conditions and for the agreement's templates alike, so that a condition and a template read an answer the same way.
/// </summary>
internal static class AnswerValues
{
    public static ScriptObject ObjectFrom(JsonElement element)
    {
        var result = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            result.SetValue(property.Name, ValueFrom(property.Value), readOnly: false);
        }

        return result;
    }

    /// <summary>One JSON value as Scriban sees it.</summary>
    public static object? ValueFrom(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ObjectFrom(element),
        JsonValueKind.Array => new ScriptArray(element.EnumerateArray().Select(ValueFrom)),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetDecimal(out var number) ? number : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
