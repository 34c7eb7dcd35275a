using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>The agreement ends after it starts.</summary>
internal sealed class EndAfterStart : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        if (CrossFieldRules.Text(answers["startdatum"]) is { } start && CrossFieldRules.Text(answers["einddatum"]) is { } end
            && string.CompareOrdinal(end, start) <= 0)
        {
            yield return new ValidationError("einddatum", Messages.EndNotAfterStart);
        }
    }
}
