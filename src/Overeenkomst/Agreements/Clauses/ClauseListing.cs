using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Agreements.Clauses;

/// <summary>Every article and member of the current draft, or the answers' errors that keep it from being written.</summary>
/// <param name="Clauses">The clauses in document order, then edits whose clause is no longer in the agreement.</param>
/// <param name="Errors">Why there is no draft yet.</param>
public sealed record ClauseListing(IReadOnlyList<ClauseView> Clauses, IReadOnlyList<ValidationError> Errors);
