using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>Each party's short name appears once: the agreement and the tables refer to parties by it.</summary>
internal sealed class ShortNamesUnique : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers) =>
        CrossFieldRules.Items(answers, "partijen")
            .Select((party, index) => (Name: CrossFieldRules.Text(party["korte_naam"]), Index: index))
            .SelectMany(p => p.Name is { } name ? new[] { (Name: name, p.Index) } : [])
            .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1))
            .Select(p => new ValidationError($"partijen[{p.Index}].korte_naam", Messages.ShortNameTwice(p.Name)));
}
