using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Questionnaire;

namespace Overeenkomst.Functions.Http;

/// <summary>Reads an answers document from a request body, or says in Dutch why it cannot.</summary>
internal static class AnswersBody
{
    public static async Task<(Answers? Answers, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // A body that is not JSON never gets here: the endpoint's Accepts metadata makes routing answer 415 first.

        // Refuse a declared oversize body before reading a byte of it.
        if (request.ContentLength > Answers.MaxBytes)
        {
            return (null, TooLarge());
        }

        AnswersReadResult result;
        try
        {
            result = await Answers.ReadAsync(request.Body, request.ContentLength, cancellationToken);
        }
        catch (BadHttpRequestException exception)
        {
            // The body ended before its announced length, nearly always because the client hung up: its problem, not an error of ours.
            return (null, TypedResults.Problem(Messages.AnswersIncomplete, statusCode: exception.StatusCode, title: Messages.AnswersUnreadableTitle));
        }

        return result switch
        {
            { Answers: { } answers } => (answers, null),
            { TooLarge: true } => (null, TooLarge()),
            _ => (null, TypedResults.Problem(result.Error, statusCode: StatusCodes.Status400BadRequest, title: Messages.AnswersUnreadableTitle)),
        };
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(Messages.AnswersTooLarge(Answers.MaxBytes),
            statusCode: StatusCodes.Status413PayloadTooLarge, title: Messages.AnswersTooLargeTitle);
}
