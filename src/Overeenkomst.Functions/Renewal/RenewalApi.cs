using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Comparing;
using Overeenkomst.Agreements.Renewal;
using Overeenkomst.Functions.Access;
using Overeenkomst.Functions.Comparing;
using Overeenkomst.Functions.Http;

namespace Overeenkomst.Functions.Renewal;

/// <summary>
/// "Nieuwe overeenkomst op basis van deze": POST …/renewal starts a new draft from a final agreement; GET
/// …/versions/{n}/compare-previous shows a version of that draft against the final it came from.
/// </summary>
internal static class RenewalApi
{
    public static RouteGroupBuilder MapRenewal(this RouteGroupBuilder agreements)
    {
        agreements.MapPost("/{id}/renewal", RenewAsync).Opens(AgreementAction.Edit).WithName("RenewAgreement")
            .WithSummary("De opleidingsmanager start een nieuwe overeenkomst op basis van deze definitieve: antwoorden, deelnemers en eigen artikelteksten mee, alle data opnieuw in te vullen.");
        agreements.MapGet("/{id}/versions/{n:int}/compare-previous", CompareAsync).Opens(AgreementAction.Read)
            .WithName("CompareWithPreviousAgreement")
            .WithSummary("Wat versie n van deze nieuwe overeenkomst verandert ten opzichte van de definitieve versie van de overeenkomst waarop zij is gebaseerd.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        return agreements;
    }

    private static async Task<Results<Created<AgreementDocument>, ProblemHttpResult>> RenewAsync(
        HttpContext context, AgreementRenewal renewal, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        var renewed = await renewal.RenewAsync(open.Id, open.Agreement, open.Actor, open.Member.Organisation, cancellationToken);
        if (!renewed.IsCreated)
        {
            return AgreementProblems.Refused(renewed.Refusal);
        }

        ETagHeaders.Set(context.Response, renewed.Created.ETag);
        return TypedResults.Created(AgreementRoutes.Location(renewed.Created.Value.Id), renewed.Created.Value);
    }

    // Who reads the new agreement reads the final it was made from: the renewal made that text its starting point.
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> CompareAsync(
        int n, HttpContext context, VersionComparer comparer, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        if (open.Agreement.Value.RenewalOf is not { } previous || !AgreementId.TryParse(previous.AgreementId, out var previousId))
        {
            return TypedResults.Problem(Messages.NotARenewal, statusCode: StatusCodes.Status404NotFound, title: Messages.NotARenewalTitle);
        }

        if (await comparer.CompareAsync(previousId, previous.Version, open.Id, n, cancellationToken) is not { } comparison)
        {
            return AgreementProblems.VersionNotFound(n);
        }

        var title = Messages.ComparisonWithPreviousTitle(open.Agreement.Value.Title, n);
        return CompareApi.Page(context, comparison, title, Messages.ComparisonWithPrevious(previous.Title, previous.Version, n));
    }
}
