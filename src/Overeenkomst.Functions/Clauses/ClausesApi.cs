using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Clauses;
using Overeenkomst.Functions.Access;
using Overeenkomst.Functions.Http;

namespace Overeenkomst.Functions.Clauses;

/// <summary>
/// /api/agreements/{id}/clauses: the jurist's desk. Every participant reads the articles and members of the current draft;
/// the owner and legal staff replace the text of one ("afwijkende tekst", with a reason) or take the replacement away.
/// </summary>
internal static class ClausesApi
{
    /// <summary>Twice the longest text and reason in UTF-8, with room for JSON escaping; a larger body is refused unread.</summary>
    public const int MaxBodyBytes = 128 * 1024;

    public static RouteGroupBuilder MapClauses(this RouteGroupBuilder agreements)
    {
        agreements.MapGet("/{id}/clauses", List).Opens(AgreementAction.Read).WithName("ListClauses")
            .WithSummary("Alle artikelen en leden van het huidige concept: de tekst uit de sjablonen, een eventuele aangepaste tekst en of die nog klopt.");
        agreements.MapPut("/{id}/clauses/{clauseId}", EditAsync).Opens(AgreementAction.EditClauses).WithName("EditClause")
            .Accepts<ClauseBody>("application/json")
            .WithSummary("De eigenaar of een jurist vervangt de tekst van een artikel of lid door een eigen tekst, met reden; alleen met If-Match.");
        agreements.MapDelete("/{id}/clauses/{clauseId}", RestoreAsync).Opens(AgreementAction.EditClauses).WithName("RestoreClause")
            .WithSummary("Zet een aangepast artikel of lid terug naar de tekst uit de sjablonen; alleen met If-Match.");
        return agreements;
    }

    private static Results<Ok<IReadOnlyList<ClauseView>>, ProblemHttpResult> List(HttpContext context, ClauseDesk desk,
        CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        var listing = desk.List(open.Agreement.Value, cancellationToken);
        if (listing.Errors.Count > 0)
        {
            return AnswerProblems.Invalid(listing.Errors);
        }

        ETagHeaders.Set(context.Response, open.Agreement.ETag);
        return TypedResults.Ok(listing.Clauses);
    }

    private static async Task<Results<Ok<ClauseView>, ProblemHttpResult, ValidationProblem>> EditAsync(
        string clauseId, HttpRequest request, AgreementArchive archive, ClauseDesk desk, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(request.HttpContext);
        if (Precondition(request, open) is { } failed)
        {
            return failed;
        }

        var body = await ReadAsync(request, cancellationToken);
        if (!body.Succeeded)
        {
            return body.Problem;
        }

        var outcome = desk.Edit(open.Agreement.Value, clauseId, body.Value.Text, body.Value.Reason, open.Actor, clock.GetUtcNow(), cancellationToken);
        return await SaveAsync(open, outcome, Messages.LogClauseEdited, request.HttpContext, archive, cancellationToken);
    }

    private static async Task<Results<Ok<ClauseView>, ProblemHttpResult, ValidationProblem>> RestoreAsync(
        string clauseId, HttpRequest request, AgreementArchive archive, ClauseDesk desk, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(request.HttpContext);
        if (Precondition(request, open) is { } failed)
        {
            return failed;
        }

        var outcome = desk.Restore(open.Agreement.Value, clauseId, cancellationToken);
        return await SaveAsync(open, outcome, Messages.LogClauseRestored, request.HttpContext, archive, cancellationToken);
    }

    // Checked before any rendering: a stale edit is refused without the work.
    private static ProblemHttpResult? Precondition(HttpRequest request, OpenAgreement open) => ETagHeaders.IfMatch(request) switch
    {
        null => AgreementProblems.IfMatchMissing(),
        var etag when etag != open.Agreement.ETag => AgreementProblems.Changed(),
        _ => null,
    };

    private static async Task<Results<Ok<ClauseView>, ProblemHttpResult, ValidationProblem>> SaveAsync(OpenAgreement open,
        ClauseEditOutcome outcome, string action, HttpContext context, AgreementArchive archive, CancellationToken cancellationToken)
    {
        if (!outcome.IsChanged)
        {
            return outcome switch
            {
                { Errors: { } errors } => TypedResults.ValidationProblem(errors, title: Messages.ClauseEditInvalidTitle),
                { AnswerErrors: { } answerErrors } => AnswerProblems.Invalid(answerErrors),
                { Failure: ClauseEditFailure.NotEditable } => TypedResults.Problem(outcome.Detail,
                    statusCode: StatusCodes.Status422UnprocessableEntity, title: Messages.ClauseNotEditableTitle),
                _ => TypedResults.Problem(outcome.Detail, statusCode: StatusCodes.Status404NotFound, title: Messages.ClauseNotFoundTitle),
            };
        }

        var saved = await archive.SaveClauseEditsAsync(open.Id, open.Agreement, outcome.Edits, open.Agreement.ETag, open.Actor, action,
            outcome.LogDetail, cancellationToken);
        if (saved.Agreement is not { } agreement)
        {
            return AgreementProblems.Unsaved(saved);
        }

        ETagHeaders.Set(context.Response, agreement.ETag);
        return TypedResults.Ok(outcome.View);
    }

    private static async Task<OrProblem<ClauseBody>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        // A body without a declared length is cut off by the server at the same size.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            var body = await request.ReadFromJsonAsync<ClauseBody>(cancellationToken);
            return body is null ? Unreadable() : body;
        }
        catch (JsonException)
        {
            return Unreadable();
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
    }

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(Messages.ClauseBodyTooLarge(ClauseDesk.MaxTextLength),
        statusCode: StatusCodes.Status413PayloadTooLarge, title: Messages.StatusTitle(StatusCodes.Status413PayloadTooLarge));

    private static ProblemHttpResult Unreadable() => TypedResults.Problem(Messages.ClauseBodyUnreadable,
        statusCode: StatusCodes.Status400BadRequest, title: Messages.StatusTitle(StatusCodes.Status400BadRequest));
}

/// <summary>The body of PUT …/clauses/{clauseId}.</summary>
/// <param name="Text">The new text: paragraphs separated by a blank line, list items starting with "- ".</param>
/// <param name="Reason">Why the text differs from the templates'.</param>
internal sealed record ClauseBody(string? Text, string? Reason);
