using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// Questions that give a party a duty or a right name it by its short name; a name no party has is a typo, and the
/// agreement would bind nobody. Who measures, who owns a risk and who keeps communication going may be anyone (a
/// research group, an external evaluator), so those questions are not listed.
/// </summary>
internal sealed class PartiesNamedExist : ICrossFieldRule
{
    private static readonly string[] Questions = ["bbl_werkgever", "verwerker", "verwerkingsverantwoordelijke", "monitoring_verantwoordelijke"];

    private static readonly (string Group, string Member)[] GroupMembers =
        [("rollen", "partij"), ("faciliteiten", "partij"), ("doelen", "eigenaar"), ("detacheringen", "van"), ("detacheringen", "naar")];

    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        var names = CrossFieldRules.Items(answers, "partijen").Select(p => CrossFieldRules.Text(p["korte_naam"])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            yield break;
        }

        var named = Questions.Select(id => (Path: id, Name: CrossFieldRules.Text(answers[id])))
            .Concat(GroupMembers.SelectMany(m => Members(CrossFieldRules.Items(answers, m.Group), m.Group, m.Member)))
            .Concat(CrossFieldRules.Items(answers, "begroting").SelectMany((line, index) =>
                Members(CrossFieldRules.Items(line, "verdeling"), $"begroting[{index}].verdeling", "partij")));
        foreach (var (path, name) in named)
        {
            if (name is not null && !names.Contains(name))
            {
                yield return new ValidationError(path, Messages.UnknownParty(name, names));
            }
        }
    }

    private static IEnumerable<(string Path, string? Name)> Members(IEnumerable<JsonObject> items, string path, string member) =>
        items.Select((item, index) => ($"{path}[{index}].{member}", CrossFieldRules.Text(item[member])));
}
