using Overeenkomst.Questionnaire;
namespace Overeenkomst.Checking;

/// <summary>The outcome of a check as the API and the CLI's <c>--json</c> give it: plain data, ready to serialise.</summary>
/// <param name="Valid">Whether the answers can be rendered.</param>
/// <param name="Errors">Dutch messages per question id.</param>
/// <param name="VisibleQuestionIds">The questions shown for these answers.</param>
/// <param name="Sections">Completeness per section.</param>
/// <param name="Findings">The quality check, Q1–Q18.</param>
/// <param name="Shown">Each valid answer as the agreement writes it, per path; given by the web API (null elsewhere).</param>
public sealed record CheckReport(
    bool Valid,
    IDictionary<string, string[]> Errors,
    IReadOnlyList<string> VisibleQuestionIds,
    IReadOnlyList<CheckReport.Section> Sections,
    IReadOnlyList<CheckReport.Finding> Findings,
    IReadOnlyDictionary<string, string>? Shown = null)
{
    /// <summary>What changed in the answers because they were given under an older version of the questionnaire, one Dutch sentence each.</summary>
    public IReadOnlyList<string> Migration { get; init; } = [];

    /// <summary>Builds the report from a check.</summary>
    public static CheckReport From(AnswerCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CheckReport(
            result.IsValid,
            result.Validation.ErrorsById(),
            result.Validation.VisibleQuestionIds,
            result.Validation.Sections.Select(s => new Section(s.SectionId, s.Title, s.Answered, s.Required, s.Errors, s.Percentage)).ToList(),
            result.Findings.Select(f => new Finding(f.RuleId, f.Rule, f.OutcomeText, f.Explanation, f.Source, f.Missing)).ToList());
    }

    /// <summary>How complete a section is: required questions answered, questions with an error, and 100 % only without errors.</summary>
    public sealed record Section(string Id, string Title, int Answered, int Required, int Errors, int Percentage);

    /// <summary>One rule's outcome: "voldaan", "niet voldaan" or "onbekend"; <c>missing</c> names the questions (ids) an unknown one waits for.</summary>
    public sealed record Finding(string Id, string Rule, string Outcome, string Explanation, string Source, IReadOnlyList<string> Missing);
}
