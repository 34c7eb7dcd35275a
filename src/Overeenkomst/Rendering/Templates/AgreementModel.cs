using System.Text.Json;
using Overeenkomst.Questionnaire;
using Scriban.Runtime;

namespace Overeenkomst.Rendering.Templates;

/// <summary>Turns answers into the object a template sees: objects, lists, text, numbers and yes/no, nothing executable.</summary>
internal static class AgreementModel
{
    public static ScriptObject From(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return ObjectFrom(answers.Root);
    }

    private static ScriptObject ObjectFrom(JsonElement element)
    {
        var result = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            result.SetValue(property.Name, ValueFrom(property.Value), readOnly: false);
        }

        return result;
    }

    /// <summary>One JSON value as Scriban sees it; questionnaire conditions read answers through this too.</summary>
    internal static object? ValueFrom(JsonElement element) => element.ValueKind switch
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
