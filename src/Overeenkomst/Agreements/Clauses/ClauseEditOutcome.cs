using System.Diagnostics.CodeAnalysis;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Agreements.Clauses;

/// <summary>What the jurist's desk made of a request: the agreement's new edits (with the line for the log), or why not.</summary>
/// <param name="Edits">The edits to store, when the request can be carried out.</param>
/// <param name="View">The clause as it will read.</param>
/// <param name="LogDetail">What the log says about it.</param>
/// <param name="Failure">Why not, or <see cref="ClauseEditFailure.None"/>.</param>
/// <param name="Detail">A Dutch explanation of the failure.</param>
/// <param name="Errors">Dutch messages per field (<c>text</c>, <c>reason</c>), for <see cref="ClauseEditFailure.Invalid"/>.</param>
/// <param name="AnswerErrors">The answers' errors, for <see cref="ClauseEditFailure.AnswersIncomplete"/>.</param>
public sealed record ClauseEditOutcome(
    IReadOnlyList<ClauseEdit>? Edits,
    ClauseView? View,
    string? LogDetail,
    ClauseEditFailure Failure,
    string? Detail = null,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    IReadOnlyList<ValidationError>? AnswerErrors = null)
{
    /// <summary>True when the request can be carried out (and the edits, the view and the log's line are at hand).</summary>
    [MemberNotNullWhen(true, nameof(Edits), nameof(View), nameof(LogDetail))]
    public bool IsChanged => Failure == ClauseEditFailure.None;

    /// <summary>The request can be carried out: store <paramref name="edits"/>.</summary>
    public static ClauseEditOutcome Changed(IReadOnlyList<ClauseEdit> edits, ClauseView view, string logDetail) => new(edits, view, logDetail, ClauseEditFailure.None);

    /// <summary>Not carried out, for <paramref name="failure"/>.</summary>
    public static ClauseEditOutcome Failed(ClauseEditFailure failure, string detail) => new(null, null, null, failure, detail);

    /// <summary>The text or reason is missing or too long.</summary>
    public static ClauseEditOutcome Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, null, null, ClauseEditFailure.Invalid, Errors: errors);

    /// <summary>There is no text to edit until the answers are complete and valid.</summary>
    public static ClauseEditOutcome Incomplete(IReadOnlyList<ValidationError> errors) => new(null, null, null, ClauseEditFailure.AnswersIncomplete, AnswerErrors: errors);
}

/// <summary>Why a clause edit was not carried out.</summary>
public enum ClauseEditFailure
{
    /// <summary>It was.</summary>
    None,

    /// <summary>No such article or member in the current text, or no edit to remove.</summary>
    NotFound,

    /// <summary>Text or reason missing or too long, or too many edits.</summary>
    Invalid,

    /// <summary>An annex, or a member of an article whose whole text is replaced.</summary>
    NotEditable,

    /// <summary>The answers are not complete and valid, so there is no text yet.</summary>
    AnswersIncomplete,
}
