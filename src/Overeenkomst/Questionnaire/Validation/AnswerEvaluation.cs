using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>The outcome of checking answers against the questionnaire.</summary>
/// <param name="Errors">What is wrong, per question id (empty when the answers can be rendered).</param>
/// <param name="VisibleQuestionIds">The questions shown for these answers: top-level ids and group members as <c>groep[0].vraag</c>.</param>
/// <param name="Sections">How complete each section is.</param>
/// <param name="Prepared">
/// The answers as the agreement sees them: every question id present, values normalised, defaults filled in, and
/// hidden, invalid or unanswered answers null (an explicitly empty list stays empty) — so a stale answer to a hidden
/// question never reaches the document.
/// </param>
public sealed record AnswerEvaluation(
    IReadOnlyList<ValidationError> Errors,
    IReadOnlyList<string> VisibleQuestionIds,
    IReadOnlyList<SectionCompleteness> Sections,
    JsonObject Prepared)
{
    /// <summary>Whether there are no errors.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The errors grouped per question id, as problem details carry them.</summary>
    public IDictionary<string, string[]> ErrorsById() =>
        Errors.GroupBy(e => e.QuestionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
}

/// <summary>How many of a section's visible required questions have a valid answer.</summary>
/// <param name="SectionId">The section.</param>
/// <param name="Title">Its heading.</param>
/// <param name="Answered">Visible required questions answered validly.</param>
/// <param name="Required">Visible required questions.</param>
public sealed record SectionCompleteness(string SectionId, string Title, int Answered, int Required)
{
    /// <summary>0–100; a section without required questions is complete.</summary>
    public int Percentage => Required == 0 ? 100 : Answered * 100 / Required;

    /// <summary>Whether every visible required question is answered.</summary>
    public bool IsComplete => Answered == Required;
}
