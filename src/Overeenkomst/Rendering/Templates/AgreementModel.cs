using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire;
using Scriban.Runtime;

namespace Overeenkomst.Rendering.Templates;

/// <summary>Turns answers into the object a template sees: objects, lists, text, numbers and yes/no, nothing executable.</summary>
internal static class AgreementModel
{
    public static ScriptObject From(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return AnswerValues.ObjectFrom(answers.Root);
    }

    /// <summary>The model for answers the checker prepared, read straight from their JSON nodes.</summary>
    public static ScriptObject From(IEnumerable<KeyValuePair<string, JsonNode?>> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var result = new ScriptObject();
        foreach (var (name, value) in model)
        {
            result.SetValue(name, ValueFrom(value), readOnly: false);
        }

        return result;
    }

    private static object? ValueFrom(JsonNode? node) => node switch
    {
        JsonObject item => From(item),
        JsonArray list => new ScriptArray(list.Select(ValueFrom)),
        JsonValue value => ValueFrom(value),
        _ => null,
    };

    // A prepared value may hold a JsonElement (as sent) or a .NET value (as normalised); both read the same.
    private static object? ValueFrom(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number when value.TryGetValue<decimal>(out var number) => number,
        JsonValueKind.Number when value.TryGetValue<long>(out var number) => (decimal)number,
        JsonValueKind.Number when value.TryGetValue<int>(out var number) => (decimal)number,
        JsonValueKind.Number => (decimal)value.GetValue<double>(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
