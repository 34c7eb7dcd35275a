namespace Overeenkomst.Agreements.Clauses;

/// <summary>One article or member of the current draft as the jurist's desk shows it: the template's text and the edit, if any.</summary>
/// <param name="Id">The stable id, the same in every version.</param>
/// <param name="Kind">"artikel" or "lid".</param>
/// <param name="Number">Its number in the current draft ("11", "11.2"); null when an edit of its article replaces it, or when it is no longer in the agreement.</param>
/// <param name="Title">The article's title.</param>
/// <param name="TemplateText">What the templates write for the current answers, as plain text; null when the clause is no longer in the agreement.</param>
/// <param name="EditedText">The jurist's text, or null when not edited.</param>
/// <param name="Flagged">Why the edit needs another look, or null.</param>
/// <param name="Reason">Why it was edited.</param>
/// <param name="EditedBy">Who edited it (name).</param>
/// <param name="EditedAt">When.</param>
public sealed record ClauseView(string Id, string Kind, string? Number, string Title, string? TemplateText, string? EditedText, string? Flagged,
    string? Reason = null, string? EditedBy = null, DateTimeOffset? EditedAt = null)
{
    /// <summary>The questions whose answers the clause's templates read, in the questionnaire's order: where to change it without an edit.</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>The kind of an article.</summary>
    public const string Article = "artikel";

    /// <summary>The kind of a member.</summary>
    public const string Member = "lid";
}
