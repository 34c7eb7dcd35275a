using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Parties;
using Overeenkomst.Functions.Agreements;
using Overeenkomst.Functions.Http;

namespace Overeenkomst.Functions.Reviewing;

/// <summary>The two steps that bracket the review: the opleiding submits a version, legal staff finalise the approved one.</summary>
internal static class SubmissionApi
{
    public static RouteGroupBuilder MapSubmission(this RouteGroupBuilder agreements)
    {
        agreements.MapPost("/{id}/submit", SubmitAsync).WithName("SubmitForReview")
            .WithSummary("De opleidingsmanager biedt een conceptversie ter beoordeling aan alle partijen aan; indienen telt als goedkeuring door de eigen partij.");
        agreements.MapPost("/{id}/finalize", FinalizeAsync).WithName("FinalizeAgreement")
            .WithSummary("Een jurist stelt de goedgekeurde versie definitief vast: een nieuw, onveranderlijk bestand uit dezelfde antwoorden.");
        return agreements;
    }

    private static async Task<Results<Ok<AgreementDocument>, ProblemHttpResult, ValidationProblem>> SubmitAsync(
        string id, SubmitBody? body, HttpContext context, AgreementArchive archive, VersionArchive versions, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var (open, denied) = await AgreementAccess.OpenAsync(id, context, archive, AgreementAction.Edit, cancellationToken);
        if (open is null)
        {
            return denied!;
        }

        if (body?.Version is not (> 0 and var version))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = [Messages.VersionNumberMissing] },
                title: Messages.ReviewInvalidTitle);
        }

        var exists = await versions.ExistsAsync(open.Id, version, cancellationToken);
        var parties = exists && await versions.ReadSnapshotAsync(open.Id, version, cancellationToken) is { } snapshot
            ? AgreementParties.Of(snapshot.Answers)
            : [];
        // Submitting counts as the submitter's party's approval, so they must be able to act for it.
        if (parties.Count > 0 && AgreementParties.WhyNotFor(open.Participant, parties) is { } notForParty)
        {
            return AgreementProblems.Forbidden(notForParty);
        }

        var unchanged = exists && await SameTextAsync(versions, open.Id, version, open.Agreement.Value.ChangesRequestedVersion, cancellationToken);
        var submission = new Submission(version, exists, parties, open.Participant, clock.GetUtcNow(), unchanged);
        var submitted = await archive.TransitionAsync(open.Id, open.Agreement, open.Actor, agreement => Lifecycle.Submit(agreement, submission), cancellationToken);
        if (submitted.Agreement is not { } stored)
        {
            return AgreementProblems.Unsaved(submitted);
        }

        ETagHeaders.Set(context.Response, stored.ETag);
        return TypedResults.Ok(stored.Value);
    }

    private static async Task<Results<Created<VersionView>, ProblemHttpResult>> FinalizeAsync(
        string id, HttpContext context, AgreementArchive archive, VersionArchive versions, CancellationToken cancellationToken)
    {
        var (open, denied) = await AgreementAccess.OpenAsync(id, context, archive, AgreementAction.Finalise, cancellationToken);
        if (open is null)
        {
            return denied!;
        }

        var approved = open.Agreement.Value.SubmittedVersion ?? 0;
        if (Lifecycle.WhyNotFinal(open.Agreement.Value, approved) is { } refusal)
        {
            return AgreementProblems.Refused(refusal);
        }

        var rendered = await versions.CreateFinalAsync(open.Id, approved, open.Actor, cancellationToken);
        if (rendered.IsNotFound)
        {
            return AgreementProblems.VersionNotFound(approved);
        }

        if (rendered.Version is not { } final)
        {
            return AnswerProblems.Invalid(rendered.Errors);
        }

        var finalised = await archive.TransitionAsync(open.Id, open.Agreement, open.Actor,
            current => Lifecycle.Finalise(current, approved, final.Number, final.Sha256), cancellationToken);
        if (finalised.Agreement is null)
        {
            return AgreementProblems.Unsaved(finalised);
        }

        var view = VersionView.Of(open.Id, final, finalised.Agreement.Value.FinalVersion);
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
