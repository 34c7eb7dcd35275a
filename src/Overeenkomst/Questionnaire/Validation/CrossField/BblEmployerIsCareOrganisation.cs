using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// The employer of BBL and duaal students is a care organisation: it signs the employment contract and is the
/// recognised leerbedrijf, which a school or another organisation cannot be for its own students.
/// </summary>
internal sealed class BblEmployerIsCareOrganisation : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        var parties = CrossFieldRules.Items(answers, "partijen").ToList();

        // A name that is no party's has its own error (PartiesNamedExist); a party without a valid kind, too.
        if (CrossFieldRules.Text(answers["bbl_werkgever"]) is not { } employer
            || parties.FirstOrDefault(p => CrossFieldRules.Text(p["korte_naam"]) == employer) is not { } party
            || CrossFieldRules.Text(party["soort"]) is not { } kind || kind == "zorgorganisatie")
        {
            yield break;
        }

        var care = parties.Where(p => CrossFieldRules.Text(p["soort"]) == "zorgorganisatie")
            .Select(p => CrossFieldRules.Text(p["korte_naam"])).OfType<string>().ToList();
        yield return new ValidationError("bbl_werkgever", Messages.BblEmployerNotCare(employer, kind, care));
    }
}
