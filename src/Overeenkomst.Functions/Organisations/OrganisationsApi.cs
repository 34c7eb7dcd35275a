using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Organisations;
using Overeenkomst.Functions.Access;
using Overeenkomst.Functions.Http;
using Overeenkomst.Functions.Identity;
using Overeenkomst.Questionnaire.Migration;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Functions.Organisations;

/// <summary>
/// /api/organisations/{kvk}: an organisation's profile, offered when it joins an agreement. Its people (an address in its
/// domains) see and change all of it; everyone else signed in sees its public part only.
/// </summary>
internal static class OrganisationsApi
{
    public const string Route = "/api/organisations";

    public static IEndpointRouteBuilder MapOrganisations(this IEndpointRouteBuilder routes)
    {
        var organisations = routes.MapGroup(Route).RequireAuthorization();
        organisations.MapGet("/{kvk}", GetAsync).WithName("GetOrganisationProfile")
            .WithSummary("Het profiel van een organisatie op KvK-nummer: alles voor wie bij de organisatie hoort, anders alleen naam, rechtsvorm, KvK en adres.");
        organisations.MapPut("/{kvk}", SaveAsync).WithName("SaveOrganisationProfile").Accepts<object>("application/json")
            .WithSummary("Iemand van de organisatie (e-mailadres in haar domeinen) wijzigt haar profiel; met If-Match zodra het bestaat.");
        organisations.MapGet("/{kvk}/log", LogAsync).WithName("GetOrganisationProfileLog")
            .WithSummary("Wie het profiel van de organisatie wanneer wijzigde en welke gegevens; alleen voor wie bij de organisatie hoort.");
        return routes;
    }

    private static async Task<Results<Ok<ProfileView>, ProblemHttpResult, UnauthorizedHttpResult>> GetAsync(
        string kvk, HttpContext context, ProfileArchive profiles, CancellationToken cancellationToken)
    {
        if (SignedInUser.From(context.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await profiles.ReadAsync(kvk, cancellationToken) is not { } profile)
        {
            return NotFound(kvk);
        }

        ETagHeaders.Set(context.Response, profile.ETag);
        return TypedResults.Ok(ProfileView.For(profile.Value, user.Email));
    }

    private static async Task<Results<Ok<ProfileView>, ProblemHttpResult, UnauthorizedHttpResult>> SaveAsync(
        string kvk, HttpRequest request, ProfileArchive profiles, AnswerMigration migration, CancellationToken cancellationToken)
    {
        if (SignedInUser.From(request.HttpContext.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (!OrganisationLayout.IsKvk(kvk))
        {
            return NotFound(kvk);
        }

        var current = await profiles.ReadAsync(kvk, cancellationToken);
        var etag = ETagHeaders.IfMatch(request);
        if (current is not null && etag is null)
        {
            return AgreementProblems.IfMatchMissing();
        }

        var block = await BlockBody.ReadAsync(request, migration, kvk, cancellationToken);
        if (!block.Succeeded)
        {
            return block.Problem;
        }

        var saved = await profiles.SaveAsync(kvk, block.Value, etag, new Actor(user.Email, user.Name),
            Messages.LogProfileSaved, cancellationToken);
        if (saved.Refusal is { } refusal)
        {
            return TypedResults.Problem(refusal, statusCode: StatusCodes.Status403Forbidden, title: Messages.ProfileForbiddenTitle);
        }

        if (saved is { Field: { } field, Error: { } error })
        {
            return AnswerProblems.Invalid([new ValidationError(field, error)]);
        }

        if (saved.Profile is not { } profile)
        {
            return AgreementProblems.Changed();
        }

        ETagHeaders.Set(request.HttpContext.Response, profile.ETag);
        return TypedResults.Ok(ProfileView.For(profile.Value, user.Email));
    }

    private static async Task<Results<Ok<IReadOnlyList<LogEntry>>, ProblemHttpResult, UnauthorizedHttpResult>> LogAsync(
        string kvk, HttpContext context, ProfileArchive profiles, CancellationToken cancellationToken)
    {
        if (SignedInUser.From(context.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (await profiles.ReadAsync(kvk, cancellationToken) is not { } profile)
        {
            return NotFound(kvk);
        }

        if (!profile.Value.HasMember(user.Email))
        {
            return TypedResults.Problem(Messages.NotOfThisOrganisation(user.Email, kvk, profile.Value.EmailDomains),
                statusCode: StatusCodes.Status403Forbidden, title: Messages.ProfileForbiddenTitle);
        }

        return TypedResults.Ok(await profiles.ReadLogAsync(kvk, cancellationToken));
    }

    private static ProblemHttpResult NotFound(string kvk) =>
        TypedResults.Problem(Messages.ProfileNotFound(kvk), statusCode: StatusCodes.Status404NotFound, title: Messages.ProfileNotFoundTitle);
}

/// <summary>A profile as one person may see it.</summary>
/// <param name="Kvk">The KvK number.</param>
/// <param name="Member">Whether the person belongs to the organisation (and so sees and may change all of it).</param>
/// <param name="Fields">The block's fields: all of them for a member, the public part for anyone else.</param>
/// <param name="UpdatedAt">When it last changed.</param>
internal sealed record ProfileView(string Kvk, bool Member, JsonObject Fields, DateTimeOffset UpdatedAt)
{
    public static ProfileView For(OrganisationProfile profile, string email)
    {
        var member = profile.HasMember(email);
        return new ProfileView(profile.Kvk, member, member ? OrganisationBlock.Of(profile.Block) : profile.PublicPart(), profile.UpdatedAt);
    }
}
