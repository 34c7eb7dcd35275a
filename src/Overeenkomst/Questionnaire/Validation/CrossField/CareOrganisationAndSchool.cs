using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>At least one care organisation and one school: without both there is no hybrid learning workplace.</summary>
internal sealed class CareOrganisationAndSchool : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        // Only once parties are given: an empty list already has its own message, and a partial answers document is normal.
        var kinds = CrossFieldRules.Items(answers, "partijen").Select(p => CrossFieldRules.Text(p["soort"])).ToList();
        if (kinds.Count == 0)
        {
            yield break;
        }

        if (!kinds.Contains("zorgorganisatie"))
        {
            yield return new ValidationError("partijen", Messages.NoCareOrganisation);
        }

        if (!kinds.Any(CrossFieldRules.IsSchool))
        {
            yield return new ValidationError("partijen", Messages.NoSchool);
        }
    }
}
