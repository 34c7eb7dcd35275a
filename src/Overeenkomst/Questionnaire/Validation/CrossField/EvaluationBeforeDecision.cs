using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// Evaluation moments exist to inform the decision on going on: none falls after that decision's deadline (and on or
/// before the end date), where it would come too late, and at least one falls before it.
/// </summary>
internal sealed class EvaluationBeforeDecision : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        // No renewal, or an answer still missing: there is no decision to prepare (yet).
        // A deadline exists only for a notice period in whole months, so the notice is that number, for the messages.
        if (AgreementTerm.DecisionDeadline(answers) is not { } deadline || CrossFieldRules.Date(answers["einddatum"]) is not { } end
            || CrossFieldRules.Number(answers["opzegtermijn_maanden"]) is not { } notice)
        {
            yield break;
        }

        // An end on or before the start has its own error (EndAfterStart); a deadline counted back from such an end
        // falls before the start too, and blaming the notice period for it would point to the wrong fix.
        var start = CrossFieldRules.Date(answers["startdatum"]);
        if (start >= end)
        {
            yield break;
        }

        var months = (int)notice;
        if (start is { } first && deadline <= first)
        {
            yield return new ValidationError("opzegtermijn_maanden", Messages.DeadlineNotAfterStart(deadline, months, first));
            yield break;
        }

        var moments = CrossFieldRules.Items(answers, "evaluatiemomenten").Select(m => CrossFieldRules.Date(m["datum"])).ToList();
        for (var index = 0; index < moments.Count; index++)
        {
            if (moments[index] is { } date && date > deadline && date <= end)
            {
                yield return new ValidationError($"evaluatiemomenten[{index}].datum", Messages.EvaluationTooLate(date, deadline, months));
            }
        }

        // A moment without a valid date has its own error; whether it comes in time is not known yet.
        if (moments.Any(date => date is null))
        {
            yield break;
        }

        // One before the start is already wrong (DatesWithinTerm) and informs nothing.
        if (!moments.Any(date => date < deadline && (start is null || date >= start)))
        {
            yield return new ValidationError("evaluatiemomenten", moments.Count == 0
                ? Messages.EvaluationNeededBeforeDeadline(deadline, months)
                : Messages.NoEvaluationBeforeDeadline(deadline, months));
        }
    }
}
