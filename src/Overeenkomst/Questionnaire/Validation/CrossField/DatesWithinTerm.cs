using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// The first cohort's start, milestones and evaluation moments lie within the term: the agreement plans nothing it does
/// not yet or no longer binds.
/// </summary>
internal sealed class DatesWithinTerm : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        var start = CrossFieldRules.Date(answers["startdatum"]);
        var end = CrossFieldRules.Date(answers["einddatum"]);

        // An end before the start has its own error (EndAfterStart); every date would be outside such a term.
        if (start >= end)
        {
            yield break;
        }

        var cohort = CrossFieldRules.Date(answers["start_eerste_cohort"]);
        if (cohort is { } early && start is { } begin && early < begin)
        {
            yield return new ValidationError("start_eerste_cohort", Messages.FirstCohortBeforeStart(early, begin));
        }
        else if (cohort is { } late && end is { } finish && late > finish)
        {
            yield return new ValidationError("start_eerste_cohort", Messages.FirstCohortAfterEnd(late, finish));
        }

        foreach (var group in new[] { "mijlpalen", "evaluatiemomenten" })
        {
            var index = 0;
            foreach (var item in CrossFieldRules.Items(answers, group))
            {
                var date = CrossFieldRules.Date(item["datum"]);
                if (date is { } day && start is { } first && day < first)
                {
                    yield return new ValidationError($"{group}[{index}].datum", Messages.DateBeforeStart(day, first));
                }
                else if (date is { } later && end is { } last && later > last)
                {
                    yield return new ValidationError($"{group}[{index}].datum", Messages.DateAfterEnd(later, last));
                }

                index++;
            }
        }
    }
}
