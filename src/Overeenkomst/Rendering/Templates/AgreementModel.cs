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

        // Room for every answer (and, at the top, for the names the templates define) up front: an object grown one
        // answer at a time makes and drops its table three or four times over, a tenth of what the model allocates.
        var result = new ScriptObject(model.TryGetNonEnumeratedCount(out var count) ? count + DefinedByTemplates : 0);
        Fill(result, model);
        return result;
    }

    // About as many names as the templates define with assignments (zorgorganisaties, jaarlijks, …) in one render.
    private const int DefinedByTemplates = 64;

    private static ScriptObject From(JsonObject item)
    {
        var result = new ScriptObject(item.Count);
        Fill(result, item);
        return result;
    }

    private static void Fill(ScriptObject result, IEnumerable<KeyValuePair<string, JsonNode?>> values)
    {
        foreach (var (name, value) in values)
        {
            result.SetValue(name, ValueFrom(value), readOnly: false);
        }
    }

    private static object? ValueFrom(JsonNode? node) => node switch
    {
        JsonObject item => From(item),
        JsonArray list => ListFrom(list),
        JsonValue value => ValueFrom(value),
        _ => null,
    };

    private static ScriptArray ListFrom(JsonArray list)
    {
        var result = new ScriptArray(list.Count);
        foreach (var item in list)
        {
            result.Add(ValueFrom(item));
        }

        return result;
    }

    // Yes and no boxed once, not once per answer.
    private static readonly object Yes = true;
    private static readonly object No = false;

    // A prepared value may hold a JsonElement (as sent) or a .NET value (as normalised); both read the same.
    private static object? ValueFrom(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number when value.TryGetValue<decimal>(out var number) => number,
        JsonValueKind.Number when value.TryGetValue<long>(out var number) => (decimal)number,
        JsonValueKind.Number when value.TryGetValue<int>(out var number) => (decimal)number,
        JsonValueKind.Number => (decimal)value.GetValue<double>(),
        JsonValueKind.True => Yes,
        JsonValueKind.False => No,
        _ => null,
    };
}
