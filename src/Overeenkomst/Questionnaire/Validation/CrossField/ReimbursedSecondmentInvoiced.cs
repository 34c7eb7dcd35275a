using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// A secondment whose salary the receiving party reimburses is a payment between parties: the employer invoices it. The
/// agreement has payment terms and account numbers only where the parties settle costs between them, and names the
/// account of a party that sends invoices; without both, the reimbursement would be agreed with nothing to pay it by.
/// </summary>
internal sealed class ReimbursedSecondmentInvoiced : ICrossFieldRule
{
    private const string ReceiverPays = "de partij voor wie de medewerker werkt";

    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        var ownCosts = CrossFieldRules.Text(answers["bekostigingsmodel"]) == "ieder draagt de eigen kosten";
        var parties = CrossFieldRules.Items(answers, "partijen").ToList();
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var secondment in CrossFieldRules.Items(answers, "detacheringen"))
        {
            if (CrossFieldRules.Text(secondment["kosten"]) == ReceiverPays
                && CrossFieldRules.Text(secondment["van"]) is { } employer && CrossFieldRules.Text(secondment["naar"]) is { } receiver)
            {
                // A name that is no party's has its own error (PartiesNamedExist).
                var row = parties.FindIndex(party => CrossFieldRules.Text(party["korte_naam"]) == employer);
                if (ownCosts)
                {
                    yield return new ValidationError($"detacheringen[{index}].kosten", Messages.ReimbursedSecondmentWithOwnCosts(employer, receiver));
                }
                else if (row >= 0 && !SendsInvoices(parties[row]) && asked.Add(employer))
                {
                    yield return new ValidationError($"partijen[{row}].verstuurt_facturen", Messages.ReimbursedSecondmentNotInvoiced(employer, receiver));
                }
            }

            index++;
        }
    }

    private static bool SendsInvoices(JsonObject party) =>
        party["verstuurt_facturen"] is JsonValue value && value.TryGetValue<bool>(out var sends) && sends;
}
