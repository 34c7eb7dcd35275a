using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>Every budget line is paid for in full: its shares add up to 100 %.</summary>
internal sealed class FundingSharesAddUp : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        var index = 0;
        foreach (var line in CrossFieldRules.Items(answers, "begroting"))
        {
            var shares = CrossFieldRules.Items(line, "verdeling").Select(s => CrossFieldRules.Number(s["aandeel"]) ?? 0).ToList();
            if (shares.Count > 0 && shares.Sum() != 100)
            {
                yield return new ValidationError($"begroting[{index}].verdeling", Messages.SharesDoNotAddUp(CrossFieldRules.Text(line["post"]) ?? string.Empty, shares.Sum()));
            }

            index++;
        }
    }
}
