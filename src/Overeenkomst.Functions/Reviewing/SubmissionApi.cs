using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Parties;
using Overeenkomst.Functions.Access;
using Overeenkomst.Functions.Agreements;
using Overeenkomst.Functions.Http;

namespace Overeenkomst.Functions.Reviewing;

/// <summary>The two steps that bracket the review: the opleiding submits a version, legal staff finalise the approved one.</summary>
internal static class SubmissionApi
{
    public static RouteGroupBuilder MapSubmission(this RouteGroupBuilder agreements)
    {
        agreements.MapPost("/{id}/submit", SubmitAsync).Opens(AgreementAction.Edit).WithName("SubmitForReview")
            .WithSummary("De opleidingsmanager biedt een conceptversie ter beoordeling aan alle partijen aan; indienen telt als goedkeuring door de eigen partij.");
        agreements.MapPost("/{id}/finalize", FinalizeAsync).Opens(AgreementAction.Finalise).WithName("FinalizeAgreement")
            .WithSummary("Een jurist stelt de goedgekeurde versie definitief vast: woord voor woord dezelfde tekst, zonder CONCEPT, als nieuw onveranderlijk bestand.");
        return agreements;
    }

    private static async Task<Results<Ok<AgreementDocument>, ProblemHttpResult, ValidationProblem>> SubmitAsync(
        SubmitBody? body, HttpContext context, AgreementArchive archive, VersionArchive versions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        if (body?.Version is not (> 0 and var version))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = [Messages.VersionNumberMissing] },
                title: Messages.ReviewInvalidTitle);
        }

        var exists = await versions.ExistsAsync(open.Id, version, cancellationToken);
        var snapshot = exists ? await versions.ReadSnapshotAsync(open.Id, version, cancellationToken) : null;
        var parties = snapshot is not null ? AgreementParties.Of(snapshot.Answers) : [];
        // Submitting counts as the submitter's party's approval, so they must be able to act for it.
        if (parties.Count > 0 && AgreementParties.WhyNotFor(open.Member, parties) is { } notForParty)
        {
            return AgreementProblems.Forbidden(notForParty);
        }

        var unchanged = exists && await SameTextAsync(versions, open.Id, version, open.Agreement.Value.ChangesRequestedVersion, cancellationToken);
        var submission = new Submission(version, exists, parties, open.Member, clock.GetUtcNow(), unchanged);

        // The signing date is held against the day of submitting, here only (see SigningDate); a step the lifecycle
        // refuses anyway is refused for that first.
        if (!Lifecycle.Submit(open.Agreement.Value, submission).IsRefused && snapshot is not null
            && SigningDate.CheckAtSubmit(snapshot.Answers, SigningDate.Today(clock)) is { } tooEarly)
        {
            return AnswerProblems.Invalid([tooEarly]);
        }

        var submitted = await archive.TransitionAsync(open.Id, open.Agreement, open.Actor, agreement => Lifecycle.Submit(agreement, submission), cancellationToken);
        if (submitted.Agreement is not { } stored)
        {
            return AgreementProblems.Unsaved(submitted);
        }

        ETagHeaders.Set(context.Response, stored.ETag);
        return TypedResults.Ok(stored.Value);
    }

    private static async Task<Results<Created<VersionView>, ProblemHttpResult>> FinalizeAsync(
        HttpContext context, Finalisation finalisation, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        var finalised = await finalisation.FinaliseAsync(open.Id, open.Agreement, open.Actor, cancellationToken);
        if (!finalised.IsMade)
        {
            return AgreementProblems.Unsaved(finalised.Outcome);
        }

        var view = VersionView.Of(open.Id, finalised.Final, finalised.Agreement.Value.FinalVersion);
        return TypedResults.Created(view.Document, view);
    }

    // A version whose text is that of the version changes were asked in has not taken the request in.
    private static async Task<bool> SameTextAsync(VersionArchive versions, AgreementId id, int version, int? changesRequested,
        CancellationToken cancellationToken)
    {
        if (changesRequested is not { } requested)
        {
            return false;
        }

        if (requested == version)
        {
            return true;
        }

        var submitted = await versions.ReadMarkdownAsync(id, version, cancellationToken);
        var reviewed = await versions.ReadMarkdownAsync(id, requested, cancellationToken);
        return submitted is { } a && reviewed is { } b && string.Equals(a.Markdown, b.Markdown, StringComparison.Ordinal);
    }
}

/// <summary>The body of POST …/submit.</summary>
/// <param name="Version">The number of the version that goes to the reviewers.</param>
internal sealed record SubmitBody(int? Version);
