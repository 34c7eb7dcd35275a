using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>Roles, facilities and budget shares name a party by its short name; a name no party has is a typo.</summary>
internal sealed class PartiesNamedExist : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        var names = CrossFieldRules.Items(answers, "partijen").Select(p => CrossFieldRules.Text(p["korte_naam"])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            yield break;
        }

        foreach (var group in new[] { "rollen", "faciliteiten" })
        {
            foreach (var error in Unknown(CrossFieldRules.Items(answers, group), group, names))
            {
                yield return error;
            }
        }

        var line = 0;
        foreach (var budget in CrossFieldRules.Items(answers, "begroting"))
        {
            foreach (var error in Unknown(CrossFieldRules.Items(budget, "verdeling"), $"begroting[{line}].verdeling", names))
            {
                yield return error;
            }

            line++;
        }
    }

    private static IEnumerable<ValidationError> Unknown(IEnumerable<JsonObject> items, string path, HashSet<string> names) =>
        items.Select((item, index) => (Name: CrossFieldRules.Text(item["partij"]), Index: index))
            .Where(i => i.Name is not null && !names.Contains(i.Name))
            .Select(i => new ValidationError($"{path}[{i.Index}].partij", Messages.UnknownParty(i.Name!, names)));
}
