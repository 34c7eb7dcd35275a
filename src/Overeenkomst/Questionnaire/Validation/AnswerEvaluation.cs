using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire.Definition;

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

/// <summary>
/// How many of a section's required questions have a valid answer, and how many of its questions have an error. The
/// required ones are those visible for these answers, so the count follows the answers that add or remove questions but
/// not what is being typed: an optional answer that is (still) wrong counts as an error, not as one more question. A
/// group counts as one question; errors of cross-field rules count for the question they name.
/// </summary>
/// <param name="SectionId">The section.</param>
/// <param name="Title">Its heading.</param>
/// <param name="Answered">Visible required questions answered, without any error.</param>
/// <param name="Required">Visible required questions.</param>
/// <param name="Errors">Visible questions of the section with an error, required or not.</param>
public sealed record SectionCompleteness(string SectionId, string Title, int Answered, int Required, int Errors)
{
    internal static SectionCompleteness Of(SectionDefinition section, IReadOnlyList<QuestionDefinition> visible, IReadOnlySet<string> wrong)
    {
        var required = visible.Where(q => q.Required || q.Limits.MinItems > 0).ToList();
        return new SectionCompleteness(section.Id, section.Title, required.Count(q => !wrong.Contains(q.Id)), required.Count, visible.Count(q => wrong.Contains(q.Id)));
    }

    /// <summary>0–100, and 100 only when nothing in the section is missing or wrong; a section without required questions is complete unless an answer is wrong.</summary>
    public int Percentage => Math.Min(Required == 0 ? 100 : Answered * 100 / Required, Errors > 0 ? 99 : 100);

    /// <summary>Whether every visible required question is answered and nothing is wrong.</summary>
    public bool IsComplete => Answered == Required && Errors == 0;
}
