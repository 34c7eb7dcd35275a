using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Http;
using Overeenkomst.Questionnaire;

namespace Overeenkomst.Functions.Agreements;

/// <summary>/api/agreements: create, list, read and save agreements; every save names the ETag it changes.</summary>
internal static class AgreementsApi
{
    public const string Route = "/api/agreements";

    public static IEndpointRouteBuilder MapAgreements(this IEndpointRouteBuilder routes)
    {
        var agreements = routes.MapGroup(Route).AddEndpointFilter<StoreUnavailableFilter>();
        agreements.MapGet("", ListAsync).WithName("ListAgreements");
        agreements.MapPost("", CreateAsync).WithName("CreateAgreement").Accepts<object>("application/json");
        agreements.MapGet("/{id}", GetAsync).WithName("GetAgreement");
        agreements.MapPut("/{id}/answers", SaveAnswersAsync).WithName("SaveAnswers").Accepts<object>("application/json");
        agreements.MapVersions();
        return routes;
    }

    public static string Location(AgreementId id) => $"{Route}/{id}";

    private static async Task<Ok<IReadOnlyList<AgreementSummary>>> ListAsync(AgreementArchive archive, CancellationToken cancellationToken) =>
        TypedResults.Ok(await archive.ListAsync(cancellationToken));

    private static async Task<Results<Created<AgreementDocument>, ProblemHttpResult>> CreateAsync(
        HttpRequest request, AgreementArchive archive, CancellationToken cancellationToken)
    {
        var answers = Answers.Parse("{}").Answers!;
        if (!IsEmpty(request))
        {
            var read = await AnswersBody.ReadAsync(request, cancellationToken);
            if (read.Problem is { } problem)
            {
                return problem;
            }

            answers = read.Answers!;
        }

        var created = await archive.CreateAsync(answers, Messages.AnonymousCreator, cancellationToken);
        ETagHeaders.Set(request.HttpContext.Response, created.ETag);
        return TypedResults.Created(Location(AgreementIdOf(created.Value)), created.Value);
    }

    private static async Task<Results<Ok<AgreementDocument>, ProblemHttpResult>> GetAsync(
        string id, HttpResponse response, AgreementArchive archive, CancellationToken cancellationToken)
    {
        if (!AgreementId.TryParse(id, out var agreementId) || await archive.ReadAsync(agreementId, cancellationToken) is not { } agreement)
        {
            return AgreementProblems.AgreementNotFound();
        }

        ETagHeaders.Set(response, agreement.ETag);
        return TypedResults.Ok(agreement.Value);
    }

    private static async Task<Results<Ok<AgreementDocument>, ProblemHttpResult>> SaveAnswersAsync(
        string id, HttpRequest request, AgreementArchive archive, CancellationToken cancellationToken)
    {
        if (!AgreementId.TryParse(id, out var agreementId))
        {
            return AgreementProblems.AgreementNotFound();
        }

        if (ETagHeaders.IfMatch(request) is not { } etag)
        {
            return AgreementProblems.IfMatchMissing();
        }

        var read = await AnswersBody.ReadAsync(request, cancellationToken);
        if (read.Problem is { } problem)
        {
            return problem;
        }

        var saved = await archive.SaveAnswersAsync(agreementId, read.Answers!, etag, Messages.AnonymousCreator, cancellationToken);
        switch (saved.Outcome)
        {
            case SaveOutcome.NotFound:
                return AgreementProblems.AgreementNotFound();
            case SaveOutcome.Stale:
                return AgreementProblems.Changed();
            default:
                ETagHeaders.Set(request.HttpContext.Response, saved.Agreement!.ETag);
                return TypedResults.Ok(saved.Agreement.Value);
        }
    }

    // A new agreement may start empty; anything sent must be an answers document.
    private static bool IsEmpty(HttpRequest request) =>
        request.ContentLength == 0 || (request.ContentLength is null && request.ContentType is null && !request.Headers.ContainsKey("Transfer-Encoding"));

    private static AgreementId AgreementIdOf(AgreementDocument agreement) =>
        AgreementId.TryParse(agreement.Id, out var id) ? id : throw new InvalidOperationException("A stored agreement has an invalid id.");
}
