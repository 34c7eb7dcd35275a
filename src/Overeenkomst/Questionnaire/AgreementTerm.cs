using System.Globalization;
using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire;

/// <summary>
/// The term of an agreement and the day by which the parties must have decided whether it goes on: one computation for
/// validation, the quality check, the agreement text and the calendar, so they never name different days.
/// </summary>
public static class AgreementTerm
{
    /// <summary>The answer to <c>verlenging</c> under which the agreement simply ends: there is nothing to decide.</summary>
    public const string NoRenewal = "geen verlenging";

    /// <summary>The answer to <c>verlenging</c> under which the agreement runs on for a year unless notice is given.</summary>
    public const string TacitRenewal = "stilzwijgende verlenging met een jaar";

    /// <summary>The answer to <c>verlenging</c> under which the agreement runs on only after a written decision.</summary>
    public const string RenewalByDecision = "verlenging na schriftelijk besluit";

    /// <summary>
    /// The last day to decide on going on: <paramref name="endDate"/> minus <paramref name="noticeMonths"/> months (the
    /// last day to give notice against a tacit renewal, or to take the written decision); null when the agreement ends
    /// without renewal, or <paramref name="renewal"/> is not one of the answers above.
    /// </summary>
    /// <remarks>A month back from the 31st lands on the last day of a shorter month: 31 August minus 6 months is 28 February.</remarks>
    /// <param name="renewal">The answer to <c>verlenging</c>.</param>
    /// <param name="endDate">The answer to <c>einddatum</c>.</param>
    /// <param name="noticeMonths">The answer to <c>opzegtermijn_maanden</c> (whole months, at least 0).</param>
    public static DateOnly? DecisionDeadline(string? renewal, DateOnly endDate, int noticeMonths)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(noticeMonths);
        return renewal is TacitRenewal or RenewalByDecision ? endDate.AddMonths(-noticeMonths) : null;
    }

    /// <summary>
    /// The decision deadline from prepared answers (<c>verlenging</c>, <c>einddatum</c>, <c>opzegtermijn_maanden</c>); null
    /// when there is none or it cannot be known yet (an answer missing, or a notice period that is not whole months).
    /// </summary>
    public static DateOnly? DecisionDeadline(JsonObject preparedAnswers)
    {
        ArgumentNullException.ThrowIfNull(preparedAnswers);
        return Date(preparedAnswers["einddatum"]) is { } end && WholeMonths(preparedAnswers["opzegtermijn_maanden"]) is { } months
            && preparedAnswers["verlenging"] is JsonValue renewal && renewal.TryGetValue<string>(out var chosen)
            ? DecisionDeadline(chosen, end, months)
            : null;
    }

    /// <summary>The answer to a date question (ISO, as validation stores it), or null.</summary>
    internal static DateOnly? Date(JsonNode? answer) => answer is JsonValue value && value.TryGetValue<string>(out var text) ? Date(text) : null;

    /// <summary>An ISO date ("2026-09-01"), or null.</summary>
    internal static DateOnly? Date(string text) =>
        IsoDate.TryParse(text, out var date) ? date : null;

    // Months are counted on the calendar; a notice period of 1,5 months has no calendar day, so no deadline is guessed.
    private static int? WholeMonths(JsonNode? answer) =>
        answer is JsonValue value && value.TryGetValue<decimal>(out var months) && months >= 0 && months <= 1200 && decimal.Truncate(months) == months
            ? (int)months
            : null;
}
