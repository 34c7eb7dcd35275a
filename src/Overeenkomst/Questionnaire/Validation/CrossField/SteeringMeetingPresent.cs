using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// The meetings include a bestuurlijk overleg: the agreement gives it the decisions on budget, timeline and changes,
/// so without it those decisions belong to no one.
/// </summary>
internal sealed class SteeringMeetingPresent : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        // With no meetings at all, the question already has its own error.
        var meetings = CrossFieldRules.Items(answers, "overleggen").ToList();
        if (meetings.Count > 0 && !meetings.Any(meeting => CrossFieldRules.Text(meeting["niveau"]) == "bestuurlijk"))
        {
            yield return new ValidationError("overleggen", Messages.NoSteeringMeeting);
        }
    }
}
