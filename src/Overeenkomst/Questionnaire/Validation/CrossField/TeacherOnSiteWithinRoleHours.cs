using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// The hours a docent is on site fit in the hours the roles give the docenten: the agreement cannot promise 24 hours
/// on site while the roles annex gives the docenten 16.
/// </summary>
internal sealed class TeacherOnSiteWithinRoleHours : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        // No docent among the roles: there is nothing to hold the hours against (the roles may leave the docent out).
        var teacherRoles = CrossFieldRules.Items(answers, "rollen").Where(role => CrossFieldRules.Text(role["rol"]) == "docent").ToList();
        if (CrossFieldRules.Number(answers["docent_uren_op_locatie"]) is not { } onSite || teacherRoles.Count == 0)
        {
            yield break;
        }

        // Counted as the roles annex counts them (the template function inzet): people, one when not given, times hours
        // per week. A row without valid hours has its own error, and the total is not known yet.
        var total = 0m;
        foreach (var role in teacherRoles)
        {
            if (CrossFieldRules.Number(role["uren_per_week"]) is not { } perPerson)
            {
                yield break;
            }

            total += perPerson * (CrossFieldRules.Number(role["aantal"]) ?? 1);
        }

        if (onSite > total)
        {
            yield return new ValidationError("docent_uren_op_locatie", Messages.TeacherOnSiteAboveRoleHours(onSite, total));
        }
    }
}
