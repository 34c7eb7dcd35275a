using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>"Each party bears its own costs" does not sit beside a budget line that the parties share.</summary>
internal sealed class OwnCostsNotShared : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        if (CrossFieldRules.Text(answers["bekostigingsmodel"]) != OptionValues.OwnCosts)
        {
            yield break;
        }

        var shared = CrossFieldRules.Items(answers, "begroting")
            .Where(line => CrossFieldRules.Items(line, "verdeling")
                .Where(share => CrossFieldRules.Number(share["aandeel"]) > 0)
                .Select(share => CrossFieldRules.Text(share["partij"]))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Count() > 1)
            .Select(line => CrossFieldRules.Text(line["post"]) ?? "?")
            .ToList();
        if (shared.Count > 0)
        {
            yield return new ValidationError("bekostigingsmodel", Messages.OwnCostsButShared(shared));
        }
    }
}
