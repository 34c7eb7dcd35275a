using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// Two questions that name the two sides of one relation name two parties: a processor works for another party, and
/// a secondment goes from one party to another.
/// </summary>
internal sealed class TwoSidesDiffer : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        if (Same(answers, "verwerker", "verwerkingsverantwoordelijke") is { } processor)
        {
            yield return new ValidationError("verwerkingsverantwoordelijke", Messages.SamePartyOnBothSides(
                "Welke partij verwerkt (verwerker)?", "Voor welke partij (verwerkingsverantwoordelijke)?", processor, Messages.ProcessorIsNotController));
        }

        var index = 0;
        foreach (var secondment in CrossFieldRules.Items(answers, "detacheringen"))
        {
            if (Same(secondment, "van", "naar") is { } party)
            {
                yield return new ValidationError($"detacheringen[{index}].naar", Messages.SamePartyOnBothSides(
                    "In dienst van (korte naam van de partij)", "Werkt voor (korte naam van de partij)", party, Messages.SecondmentIsBetweenTwo));
            }

            index++;
        }
    }

    private static string? Same(JsonObject answers, string one, string other) =>
        CrossFieldRules.Text(answers[one]) is { } name && string.Equals(name, CrossFieldRules.Text(answers[other]), StringComparison.Ordinal) ? name : null;
}
