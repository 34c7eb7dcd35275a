using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Overeenkomst.Rendering;
using Overeenkomst.Storage;

namespace Overeenkomst.Agreements;

/// <summary>
/// Finalises an approved agreement as one decision: the conditional write of <c>agreement.json</c> that makes it definitief
/// reserves the final's number first; only then is the final written — word for word the approved version's stored text,
/// without the CONCEPT marking — and logged.
/// </summary>
/// <remarks>
/// Of two finalisations at once, or a finalisation and a save, one conditional write wins and the other writes nothing,
/// so no final exists that the agreement does not name. A finalisation cut short after its reservation (the store went
/// away) is finished by the next request to finalise, with the facts its snapshot recorded when it got that far.
/// </remarks>
public sealed class Finalisation
{
    // A draft that was being made as the agreement was finalised can take the reserved number; each one moves the final on.
    private const int Attempts = 10;

    private readonly IStore store;
    private readonly AgreementArchive agreements;
    private readonly VersionArchive versions;
    private readonly AgreementRenderer renderer;
    private readonly TimeProvider clock;
    private readonly ILogger logger;

    /// <summary>Creates the step.</summary>
    public Finalisation(IStore store, AgreementArchive agreements, VersionArchive versions, AgreementRenderer renderer, TimeProvider clock,
        ILogger<Finalisation>? logger = null)
    {
        this.store = store;
        this.agreements = agreements;
        this.versions = versions;
        this.renderer = renderer;
        this.clock = clock;
        this.logger = logger ?? NullLogger<Finalisation>.Instance;
    }

    /// <summary>
    /// Finalises the approved version of <paramref name="read"/> (the agreement as the caller just read it), or finishes a
    /// finalisation that was cut short; refused when the lifecycle does not allow it, stale or not found like any step, and
    /// <see cref="SaveOutcome.NumberTaken"/> when drafts kept taking the final's number.
    /// </summary>
    public async Task<FinalResult> FinaliseAsync(AgreementId id, Stored<AgreementDocument> read, Actor jurist, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        var agreement = read.Value;
        var approved = agreement.SubmittedVersion ?? 0;
        if (agreement is { Status: AgreementStatus.Definitief, FinalVersion: { } named })
        {
            // Nothing left to do is the usual case; a final whose reservation stands but whose file is missing is finished.
            return await IsWrittenAsync(id, named, cancellationToken).ConfigureAwait(false)
                   || await ApprovedTextAsync(id, approved, cancellationToken).ConfigureAwait(false) is not { } begun
                ? FinalResult.Refused(Lifecycle.NotApproved(agreement))
                : await WriteAsync(id, read, begun, named, jurist, cancellationToken).ConfigureAwait(false);
        }

        if (Lifecycle.WhyNotFinal(agreement, approved) is { } refusal)
        {
            return FinalResult.Refused(refusal);
        }

        // Read before the reservation: once the agreement is definitief there is no way back to a missing text.
        if (await ApprovedTextAsync(id, approved, cancellationToken).ConfigureAwait(false) is not { } text)
        {
            return FinalResult.Refused(Messages.LifecycleVersionMissing(approved));
        }

        var number = await versions.NextNumberAsync(id, cancellationToken).ConfigureAwait(false);
        var reserved = await agreements.TransitionAsync(id, read, jurist,
                current => Lifecycle.Finalise(current, approved, number, Signing.SignatoryList.Of(text.Snapshot.Answers, current.BlockConfirmations)),
                cancellationToken)
            .ConfigureAwait(false);
        return reserved.Agreement is { } stored
            ? await WriteAsync(id, stored, text, number, jurist, cancellationToken).ConfigureAwait(false)
            : FinalResult.Unsaved(reserved);
    }

    // Only the request whose write makes the .docx exist logs the step and answers with the final: two requests finishing
    // the same final (one finalising, one finding it unfinished) give one final, one line and one success.
    private async Task<FinalResult> WriteAsync(AgreementId id, Stored<AgreementDocument> agreement, ApprovedText text, int number, Actor jurist,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var begun = await versions.ReadSnapshotAsync(id, number, cancellationToken).ConfigureAwait(false);
            if (begun is { Version.Kind: VersionRecord.Concept })
            {
                // A draft that was being rendered as the agreement was finalised took the reserved number: the final moves on.
                var next = await versions.NextNumberAsync(id, cancellationToken).ConfigureAwait(false);
                var moved = await agreements.TransitionAsync(id, agreement, jurist, current => Lifecycle.MoveFinal(current, number, next),
                    cancellationToken).ConfigureAwait(false);
                if (moved.Agreement is not { } movedTo)
                {
                    return FinalResult.Unsaved(moved);
                }

                (agreement, number) = (movedTo, next);
                continue;
            }

            // A final that was begun is finished with its own facts, so its file comes out as its snapshot recorded it.
            var (snapshot, rendered) = Final(text, number, begun?.Version.CreatedAt ?? clock.GetUtcNow(), begun?.Version.CreatedBy ?? jurist.Email,
                begun?.CreatedByName ?? jurist.Name);
            if (begun is not null && begun.Version.Sha256 != rendered.Sha256)
            {
                throw new InvalidOperationException(
                    $"Final version {number} of agreement {id} was begun by renderer build {begun.Version.RendererBuild}; build {RendererBuild.Current} writes it differently.");
            }

            switch (await versions.WriteAsync(id, snapshot, rendered, claim: begun is null, cancellationToken).ConfigureAwait(false))
            {
                case VersionWrite.Written:
                    if (Lifecycle.Finalised(text.Number, number, rendered.Sha256) is { Action: { } action } step)
                    {
                        await AgreementLog.AppendAsync(store, id,
                            new LogEntry(clock.GetUtcNow(), jurist.Email, action, step.Version, jurist.Name, step.Detail), logger, cancellationToken)
                            .ConfigureAwait(false);
                    }

                    return FinalResult.Made(snapshot.Version, agreement);
                case VersionWrite.AlreadyWritten:
                    // Another request finished this final first: the agreement is definitief, and finalising it again is refused.
                    return FinalResult.Refused(Lifecycle.NotApproved(agreement.Value));
                default:
                    // Another request wrote the snapshot in between: look at it again.
                    continue;
            }
        }

        return FinalResult.Unsaved(SaveResult.NumberTaken);
    }

    // The approved version's own text and snapshot: a final is made from these, never from the current answers or templates.
    private async Task<ApprovedText?> ApprovedTextAsync(AgreementId id, int approved, CancellationToken cancellationToken)
    {
        var markdown = await versions.ReadMarkdownAsync(id, approved, cancellationToken).ConfigureAwait(false);
        var snapshot = await versions.ReadSnapshotAsync(id, approved, cancellationToken).ConfigureAwait(false);
        return markdown is { } found && snapshot is not null ? new ApprovedText(approved, snapshot, found.Markdown) : null;
    }

    private (VersionSnapshot Snapshot, RenderedAgreement Rendered) Final(ApprovedText text, int number, DateTimeOffset createdAt, string createdBy,
        string createdByName)
    {
        var templateVersion = text.Snapshot.Version.TemplateVersion;
        var rendered = renderer.Write(text.Markdown, RenderOptions.Final(number, createdAt, createdBy), templateVersion);
        var version = new VersionRecord(number, VersionRecord.Definitief, rendered.Sha256, templateVersion, createdAt, createdBy, rendered.Title)
        {
            RendererBuild = RendererBuild.Current,
        };

        // Everything else the approved version was made from (answers, render input, clause edits) is the final's too.
        return (text.Snapshot with { Version = version, CreatedByName = createdByName }, rendered);
    }

    // Written means a definitief file under the number: a draft there took the number and does not count.
    private async Task<bool> IsWrittenAsync(AgreementId id, int number, CancellationToken cancellationToken) =>
        (await versions.ListAsync(id, cancellationToken).ConfigureAwait(false))
            .Any(version => version.Number == number && version.Kind == VersionRecord.Definitief);

    private sealed record ApprovedText(int Number, VersionSnapshot Snapshot, string Markdown);
}

/// <summary>What became of a request to finalise: the final made, or why not as a <see cref="SaveResult"/>.</summary>
/// <param name="Final">The final version, when one was made (or finished).</param>
/// <param name="Outcome">The agreement as the step left it, or why the step did not happen.</param>
public sealed record FinalResult(VersionRecord? Final, SaveResult Outcome)
{
    /// <summary>The agreement as the step left it, naming the final; null when there is no final.</summary>
    public Stored<AgreementDocument>? Agreement => Final is null ? null : Outcome.Agreement;

    /// <summary>True when the final was written (and so it and the agreement that names it are at hand).</summary>
    [MemberNotNullWhen(true, nameof(Final), nameof(Agreement))]
    public bool IsMade => Agreement is not null;

    /// <summary>The final was written; <paramref name="agreement"/> names it.</summary>
    public static FinalResult Made(VersionRecord final, Stored<AgreementDocument> agreement) => new(final, SaveResult.Saved(agreement));

    /// <summary>The lifecycle does not allow it now, for <paramref name="reason"/>; nothing was written.</summary>
    public static FinalResult Refused(string reason) => new(null, SaveResult.Refused(reason));

    /// <summary>
    /// The agreement changed or went away while the step was being taken, or drafts kept taking the final's number;
    /// nothing was written.
    /// </summary>
    public static FinalResult Unsaved(SaveResult outcome) => new(null, outcome);
}
