using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// A secondment whose salary the receiving party reimburses is a payment between parties: the employer invoices it. The
/// agreement has payment terms and account numbers only where the parties settle costs between them, and names the
/// account of a party that sends invoices; without both, the reimbursement would be agreed with nothing to pay it by.
/// </summary>
internal sealed class ReimbursedSecondmentInvoiced : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        var ownCosts = CrossFieldRules.Text(answers["bekostigingsmodel"]) == OptionValues.OwnCosts;
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var index = -1;
        foreach (var secondment in CrossFieldRules.Items(answers, "detacheringen"))
        {
            index++;
            if (CrossFieldRules.Text(secondment["kosten"]) != OptionValues.ReceiverPaysSalary
                || CrossFieldRules.Text(secondment["van"]) is not { } employer || CrossFieldRules.Text(secondment["naar"]) is not { } receiver)
            {
                continue;
            }

            if (ownCosts)
            {
                yield return new ValidationError($"detacheringen[{index}].kosten",
                    Messages.ReimbursedSecondmentWithOwnCosts(employer, receiver, OptionValues.ReceiverPaysSalary));
            }
            // A name that is no party's has its own error (PartiesNamedExist).
            else if (Row(answers, employer) is { } row && CrossFieldRules.YesNo(row.Party["verstuurt_facturen"]) != true && asked.Add(employer))
            {
                yield return new ValidationError($"partijen[{row.Index}].verstuurt_facturen", Messages.ReimbursedSecondmentNotInvoiced(employer, receiver));
            }
        }
    }

    private static (JsonObject Party, int Index)? Row(JsonObject answers, string shortName)
    {
        var index = 0;
        foreach (var party in CrossFieldRules.Items(answers, "partijen"))
        {
            if (CrossFieldRules.Text(party["korte_naam"]) == shortName)
            {
                return (party, index);
            }

            index++;
        }

        return null;
    }
}
