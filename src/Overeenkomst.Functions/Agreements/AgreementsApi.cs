using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Access;
using Overeenkomst.Functions.Http;
using Overeenkomst.Functions.Identity;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Migration;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Functions.Agreements;

/// <summary>
/// /api/agreements: create, list, read and save agreements; every save names the ETag it changes. Every endpoint needs a
/// signed-in user, and each agreement is visible only to its participants.
/// </summary>
internal static class AgreementsApi
{
    public static RouteGroupBuilder MapAgreements(this RouteGroupBuilder agreements)
    {
        agreements.MapGet("", ListAsync).WithName("ListAgreements")
            .WithSummary("De overeenkomsten waaraan de aangemelde gebruiker deelneemt, met hun status, laatst gewijzigde eerst.");
        agreements.MapPost("", CreateAsync).WithName("CreateAgreement").Accepts<object>("application/json")
            .WithSummary("Een opleidingsmanager start een nieuwe overeenkomst, leeg of met (onvolledige) antwoorden.");
        agreements.MapGet("/{id}", Get).Opens(AgreementAction.ReadForSigning).WithName("GetAgreement")
            .WithSummary("Eén overeenkomst: antwoorden, deelnemers, status en versies. De ETag hoort bij If-Match van de volgende wijziging.");
        agreements.MapPut("/{id}/answers", SaveAnswersAsync).Opens(AgreementAction.Edit).WithName("SaveAnswers").Accepts<object>("application/json")
            .WithSummary("Slaat de antwoorden op, alleen met If-Match: 412 wanneer iemand anders intussen heeft opgeslagen.");
        return agreements;
    }

    private static async Task<Results<Ok<IReadOnlyList<AgreementSummary>>, UnauthorizedHttpResult>> ListAsync(
        HttpContext context, AgreementArchive archive, CancellationToken cancellationToken) =>
        SignedInUser.From(context.User) is { } user
            ? TypedResults.Ok(await archive.ListAsync(user.Email, cancellationToken))
            : TypedResults.Unauthorized();

    private static async Task<Results<Created<AgreementDocument>, ProblemHttpResult>> CreateAsync(
        HttpRequest request, AgreementArchive archive, AnswerMigration migration, CancellationToken cancellationToken)
    {
        // Only education managers start agreements; there is no agreement yet whose existence a 403 could reveal.
        if (SignedInUser.From(request.HttpContext.User) is not { } user || !user.Has(ParticipantRoles.Opleiding))
        {
            return AgreementProblems.CreateForbidden();
        }

        var read = IsEmpty(request) ? new SentAnswers(Answers.None, [], null) : await ReadForStoringAsync(request, migration, cancellationToken);
        if (!read.Succeeded)
        {
            return read.Problem;
        }

        var created = await archive.CreateAsync(read.Answers, new Actor(user.Email, user.Name), user.Organisation, cancellationToken);
        ETagHeaders.Set(request.HttpContext.Response, created.ETag);
        return TypedResults.Created(AgreementRoutes.Location(created.Value.Id), created.Value with { Migration = read.Migration });
    }

    private static Ok<AgreementDocument> Get(HttpContext context)
    {
        var open = OpenAgreement.Of(context);
        ETagHeaders.Set(context.Response, open.Agreement.ETag);
        return TypedResults.Ok(open.Agreement.Value);
    }

    private static async Task<Results<Ok<AgreementDocument>, ProblemHttpResult>> SaveAnswersAsync(
        HttpRequest request, AgreementArchive archive, AnswerMigration migration, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(request.HttpContext);
        if (ETagHeaders.IfMatch(request) is not { } etag)
        {
            return AgreementProblems.IfMatchMissing();
        }

        var read = await ReadForStoringAsync(request, migration, cancellationToken);
        if (!read.Succeeded)
        {
            return read.Problem;
        }

        var saved = await archive.SaveAnswersAsync(open.Id, open.Agreement, read.Answers, etag, open.Actor, cancellationToken);
        if (saved.Agreement is not { } agreement)
        {
            return AgreementProblems.Unsaved(saved);
        }

        ETagHeaders.Set(request.HttpContext.Response, agreement.ETag);
        return TypedResults.Ok(agreement.Value with { Migration = read.Migration });
    }

    // Incomplete answers are stored (that is how a person works through the questionnaire), but only answers to its
    // questions: an unknown id would sit in the agreement unseen, since no page shows it and no check reads it. And only
    // with a name that fits the title kept in the blob's metadata.
    private static async Task<SentAnswers> ReadForStoringAsync(HttpRequest request, AnswerMigration migration, CancellationToken cancellationToken)
    {
        var read = await AnswersBody.ReadAsync(request, migration, cancellationToken);
        if (!read.Succeeded)
        {
            return read;
        }

        var refused = UnknownQuestions.In(migration.Definition, read.Answers).Append(AgreementTitle.TooLong(read.Answers))
            .OfType<ValidationError>().ToList();
        return refused.Count > 0 ? SentAnswers.Refused(AnswerProblems.Invalid(refused)) : read;
    }

    // A new agreement may start empty; anything sent must be an answers document.
    private static bool IsEmpty(HttpRequest request) =>
        request.ContentLength == 0 || (request.ContentLength is null && request.ContentType is null && !request.Headers.ContainsKey("Transfer-Encoding"));
}
