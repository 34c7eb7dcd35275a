using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Migration;

namespace Overeenkomst.Functions.Http;

/// <summary>
/// Reads an answers document from a request body, or says in Dutch why it cannot. Answers given under an older version
/// of the questionnaire name it in <see cref="VersionHeader"/> and are brought to the current one first.
/// </summary>
internal static class AnswersBody
{
    /// <summary>The questionnaire version the answers were given under; without it, the current version.</summary>
    public const string VersionHeader = "Questionnaire-Version";

    public static async Task<SentAnswers> ReadAsync(HttpRequest request, AnswerMigration migration, CancellationToken cancellationToken)
    {
        var version = request.Headers[VersionHeader].ToString().Trim() is { Length: > 0 } named ? named : migration.CurrentVersion;
        if (!migration.Knows(version))
        {
            return SentAnswers.Refused(TypedResults.Problem(Messages.QuestionnaireVersionUnknown(version, migration.KnownVersions),
                statusCode: StatusCodes.Status400BadRequest, title: Messages.QuestionnaireVersionUnknownTitle));
        }

        var sent = await ReadAsync(request, cancellationToken);
        if (!sent.Succeeded)
        {
            return SentAnswers.Refused(sent.Problem);
        }

        var (migrated, notes) = migration.Sent(sent.Value, version);
        return new SentAnswers(migrated, notes, null);
    }

    private static async Task<OrProblem<Answers>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // A body that is not JSON never gets here: the endpoint's Accepts metadata makes routing answer 415 first.

        // Refuse a declared oversize body before reading a byte of it.
        if (request.ContentLength > Answers.MaxBytes)
        {
            return TooLarge();
        }

        AnswersReadResult result;
        try
        {
            result = await Answers.ReadAsync(request.Body, request.ContentLength, cancellationToken);
        }
        catch (BadHttpRequestException exception)
        {
            // The body ended before its announced length, nearly always because the client hung up: its problem, not an error of ours.
            return TypedResults.Problem(Messages.AnswersIncomplete, statusCode: exception.StatusCode, title: Messages.AnswersUnreadableTitle);
        }

        return result switch
        {
            { Answers: { } answers } => answers,
            { TooLarge: true } => TooLarge(),
            _ => TypedResults.Problem(result.Error, statusCode: StatusCodes.Status400BadRequest, title: Messages.AnswersUnreadableTitle),
        };
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(Messages.AnswersTooLarge(Answers.MaxBytes),
            statusCode: StatusCodes.Status413PayloadTooLarge, title: Messages.AnswersTooLargeTitle);
}

/// <summary>Answers as sent and brought to the current questionnaire, what that changed, or why they were refused.</summary>
/// <param name="Answers">The answers, when they could be read.</param>
/// <param name="Migration">What changed because they were given under an older version, one Dutch sentence each.</param>
/// <param name="Problem">Why they could not be read.</param>
internal sealed record SentAnswers(Answers? Answers, IReadOnlyList<string> Migration, ProblemHttpResult? Problem)
{
    /// <summary>True when the answers could be read (and so are at hand).</summary>
    [MemberNotNullWhen(true, nameof(Answers))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static SentAnswers Refused(ProblemHttpResult problem) => new(null, [], problem);
}
