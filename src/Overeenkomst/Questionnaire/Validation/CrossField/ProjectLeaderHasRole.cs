using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>The named projectleider has a row in the roles: the roles annex is where the agreement says who provides and pays the role.</summary>
internal sealed class ProjectLeaderHasRole : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        // With no roles at all, the roles question already has its own error.
        var roles = CrossFieldRules.Items(answers, "rollen").ToList();
        if (CrossFieldRules.Text(answers["projectleider_naam"]) is { } leader && roles.Count > 0
            && !roles.Any(role => CrossFieldRules.Text(role["rol"]) == "projectleider"))
        {
            yield return new ValidationError("rollen", Messages.ProjectLeaderWithoutRole(leader));
        }
    }
}
