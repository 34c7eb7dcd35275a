using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Parties;
using Overeenkomst.Functions.Access;

namespace Overeenkomst.Functions.Reviewing;

/// <summary>/api/agreements/{id}/reviews and /log: every party comments, requests changes or approves through its participants; every participant reads both.</summary>
internal static class ReviewsApi
{
    /// <summary>Room for a long remark, not for a pasted document.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>"Artikel 12", "12.3", "Bijlage 2": short.</summary>
    public const int MaxArticleLength = 50;

    public static RouteGroupBuilder MapReview(this RouteGroupBuilder agreements)
    {
        agreements.MapPost("/{id}/reviews", AddAsync).Opens(AgreementAction.Review).WithName("AddReview")
            .WithSummary("Een deelnemer maakt namens zijn partij een opmerking, vraagt om wijzigingen (terug naar concept) of keurt de aangeboden versie goed.");
        agreements.MapGet("/{id}/reviews", ListAsync).Opens(AgreementAction.Read).WithName("ListReviews")
            .WithSummary("Alle beoordelingen van de overeenkomst, oudste eerst.");
        agreements.MapGet("/{id}/log", LogAsync).Opens(AgreementAction.Read).WithName("GetLog")
            .WithSummary("Het logboek: wie wat deed met de overeenkomst en wanneer, oudste eerst.");
        return agreements;
    }

    private static async Task<Results<Created<ReviewView>, ProblemHttpResult, ValidationProblem>> AddAsync(
        ReviewBody? body, HttpContext context, AgreementArchive archive, VersionArchive versions, ReviewArchive reviews,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        var errors = Check(body);
        if (errors.Count > 0 || body is not { Version: { } version, Kind: { } kind })
        {
            return TypedResults.ValidationProblem(errors, title: Messages.ReviewInvalidTitle);
        }

        var review = new Review(version, body.Article?.Trim() is { Length: > 0 } article ? article : null, kind,
            body.Text?.Trim() ?? "", open.Actor.Email, open.Actor.Name, open.Member.Organisation, clock.GetUtcNow());
        var exists = await versions.ExistsAsync(open.Id, review.Version, cancellationToken);
        // A review speaks for the reviewer's party: only someone who can act for it may give one.
        if (exists && await versions.ReadSnapshotAsync(open.Id, review.Version, cancellationToken) is { } snapshot
            && AgreementParties.Of(snapshot.Answers) is { Count: > 0 } parties && AgreementParties.WhyNotFor(open.Member, parties) is { } notForParty)
        {
            return AgreementProblems.Forbidden(notForParty);
        }

        var decided = await archive.TransitionAsync(open.Id, open.Agreement, open.Actor, agreement => Lifecycle.Review(agreement, review, exists), cancellationToken);
        if (decided.Agreement is not { } agreement)
        {
            return AgreementProblems.Unsaved(decided);
        }

        // Only a review the lifecycle accepted is kept, so the list never shows an approval that did not count.
        await reviews.AddAsync(open.Id, review, cancellationToken);
        return TypedResults.Created($"{AgreementRoutes.Location(open.Id.Value)}/reviews", new ReviewView(review, agreement.Value.Status));
    }

    private static async Task<Ok<IReadOnlyList<Review>>> ListAsync(HttpContext context, ReviewArchive reviews, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reviews.ListAsync(OpenAgreement.Of(context).Id, cancellationToken));

    private static async Task<Ok<IReadOnlyList<LogEntry>>> LogAsync(HttpContext context, AgreementArchive archive,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await archive.ReadLogAsync(OpenAgreement.Of(context).Id, cancellationToken));

    private static Dictionary<string, string[]> Check(ReviewBody? body)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body?.Version is not > 0)
        {
            errors["version"] = [Messages.VersionNumberMissing];
        }

        if (!ReviewKinds.IsKnown(body?.Kind))
        {
            errors["kind"] = [Messages.ReviewKindUnknown];
        }
        else if (body?.Kind != ReviewKinds.Goedkeuring && string.IsNullOrWhiteSpace(body?.Text))
        {
            // An approval may stand alone; a comment or a request for changes says what and why.
            errors["text"] = [Messages.ReviewTextMissing];
        }

        if (body?.Text?.Length > MaxTextLength)
        {
            errors["text"] = [Messages.TextTooLong(MaxTextLength)];
        }

        if (body?.Article?.Length > MaxArticleLength)
        {
            errors["article"] = [Messages.TextTooLong(MaxArticleLength)];
        }

        return errors;
    }
}

/// <summary>The body of POST …/reviews.</summary>
/// <param name="Version">The version reviewed.</param>
/// <param name="Article">The article or member it is about, optional.</param>
/// <param name="Kind">opmerking, wijziging_gevraagd or goedkeuring.</param>
/// <param name="Text">The comment, or the reason for the requested changes.</param>
internal sealed record ReviewBody(int? Version, string? Article, string? Kind, string? Text);

/// <summary>A stored review and the agreement's status after it.</summary>
/// <param name="Review">The review as kept.</param>
/// <param name="Status">The agreement's status now.</param>
internal sealed record ReviewView(Review Review, string Status);
