namespace Overeenkomst.Agreements.Clauses;

/// <summary>A jurist's own text for an article or member ("afwijkende tekst"), kept with the agreement and every version made from it.</summary>
/// <param name="ClauseId">The article or member it replaces (<see cref="Rendering.Clauses.ClauseIds"/>).</param>
/// <param name="Text">The text as typed: paragraphs separated by a blank line, list items starting with "- ".</param>
/// <param name="Reason">Why the text differs from the templates'.</param>
/// <param name="By">Who wrote it (e-mail).</param>
/// <param name="Name">Their name.</param>
/// <param name="At">When.</param>
/// <param name="TemplateText">
/// What the templates rendered for the clause at that moment (its Markdown): when they render another text later (other
/// answers, a new template version, other numbers in its references), the edit is flagged for review.
/// </param>
public sealed record ClauseEdit(string ClauseId, string Text, string Reason, string By, string Name, DateTimeOffset At, string TemplateText)
{
    /// <summary>
    /// Each literal reference in <see cref="Text"/> ("artikel 7", "lid 7.2", "Bijlage 2", in lower case) with the clause it
    /// named when the edit was made; null when the text names none. An edit is plain text, so its numbers never follow a
    /// renumbering: this is how a changed meaning is noticed.
    /// </summary>
    public IReadOnlyDictionary<string, string>? References { get; init; }
}
