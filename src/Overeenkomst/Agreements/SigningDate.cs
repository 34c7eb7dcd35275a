using System.Text.Json;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Agreements;

/// <summary>
/// A signing date, when given, is not before the day a version is submitted for review. Judged at submitting only:
/// rendering a version again or finalising it never looks at the clock, so no example and no stored agreement expires.
/// </summary>
public static class SigningDate
{
    /// <summary>The question that holds the date on which all parties sign.</summary>
    public const string QuestionId = "ondertekening_datum";

    // The parties sign in the Netherlands: just after midnight there it is already the next day, whatever the server's zone.
    // A host without time zone data falls back to UTC, at most two hours off, rather than failing every submission.
    private static readonly TimeZoneInfo Dutch = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Amsterdam", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Today's date in the Netherlands by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Dutch).DateTime);
    }

    /// <summary>Why the version with <paramref name="answers"/> cannot be submitted on <paramref name="today"/>, or null when it can.</summary>
    public static ValidationError? CheckAtSubmit(JsonElement answers, DateOnly today) =>
        AnswerText.Of(answers, QuestionId) is { } answer && AgreementTerm.Date(answer.Trim()) is { } signing && signing < today
            ? new ValidationError(QuestionId, Messages.SigningDateBeforeSubmission(signing, today))
            : null;
}
