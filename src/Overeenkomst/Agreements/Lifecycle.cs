using Overeenkomst.Agreements.Parties;

namespace Overeenkomst.Agreements;

/// <summary>
/// The lifecycle of an agreement as one state machine: concept → in_review → approved → definitief, and back to concept
/// when changes are requested or the content changes after submission. Pure: it reads an agreement and returns the next one.
/// </summary>
/// <remarks>
/// Role gates (who may ask for a step) are <see cref="Permissions"/>' job; this class only decides whether the step fits
/// the agreement's state. Each method is called inside a read-modify-write of <c>agreement.json</c>, so it may run again
/// on a newer agreement when another instance wrote first.
/// </remarks>
public static class Lifecycle
{
    /// <summary>
    /// Submits a version for review: only from concept, only an existing version with parties that each have a participant,
    /// and not the text changes were just asked in. Submitting counts as the submitting party's approval.
    /// </summary>
    public static Transition Submit(AgreementDocument agreement, Submission submission)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(submission);
        var version = submission.Version;
        if (agreement.Status != AgreementStatus.Concept)
        {
            return Refuse(agreement, Messages.SubmitOnlyFromConcept);
        }

        if (!submission.VersionExists)
        {
            return Refuse(agreement, Messages.LifecycleVersionMissing(version));
        }

        if (submission.UnchangedSinceChangesRequested)
        {
            return Refuse(agreement, Messages.ResubmittedUnchanged(version, agreement.ChangesRequestedVersion ?? version));
        }

        if (submission.Parties.Count == 0)
        {
            return Refuse(agreement, Messages.SubmitWithoutParties(version));
        }

        // Every party approves through one of its participants: a party nobody speaks for could never approve.
        var unrepresented = submission.Parties.Where(party => !agreement.Participants.Any(participant => party.IsNamed(participant.Organisation))).ToList();
        if (unrepresented.Count > 0)
        {
            return Refuse(agreement, Messages.PartiesWithoutParticipants([.. unrepresented.Select(party => party.ShortName)]));
        }

        if (AgreementParties.Named(submission.Parties, submission.By.Organisation) is not { } submitter)
        {
            return Refuse(agreement, Messages.NotAParty(submission.By.Organisation, [.. submission.Parties.Select(party => party.ShortName)]));
        }

        var submitted = agreement with
        {
            Status = AgreementStatus.InReview,
            SubmittedVersion = version,
            Parties = submission.Parties,
            Approvals = [new Approval(submitter.ShortName, submission.By.Email, version, submission.At)],
            ChangesRequestedVersion = null,
        };
        var next = EveryPartyApproved(submitted) ? submitted with { Status = AgreementStatus.Approved } : submitted;
        return Transition.To(next, Messages.LogSubmitted, version, Messages.SubmittedCountsAsApproval(submitter.ShortName));
    }

    /// <summary>
    /// A participant's review of a version for their party: a comment on any existing version, a request for changes
    /// (back to concept) or an approval of the submitted version (approved once every party approved it).
    /// </summary>
    public static Transition Review(AgreementDocument agreement, Review review, bool versionExists)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(review);
        if (AgreementStatus.IsFinal(agreement.Status))
        {
            return Refuse(agreement, Messages.AgreementIsFinal);
        }

        if (!versionExists)
        {
            return Refuse(agreement, Messages.LifecycleVersionMissing(review.Version));
        }

        return review.Kind switch
        {
            ReviewKinds.Opmerking => Transition.LogOnly(Messages.LogCommented(review.Organisation), review.Version, Quote(review)),
            ReviewKinds.WijzigingGevraagd => RequestChanges(agreement, review),
            ReviewKinds.Goedkeuring => Approve(agreement, review),
            _ => throw new ArgumentException($"Unknown review kind '{review.Kind}'.", nameof(review)),
        };
    }

    /// <summary>
    /// Why <paramref name="approvedVersion"/> cannot be finalised now, or null when it can: asked before the final is
    /// rendered, so a refused step leaves no file behind.
    /// </summary>
    public static string? WhyNotFinal(AgreementDocument agreement, int approvedVersion)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (agreement.Status != AgreementStatus.Approved)
        {
            return NotApproved(agreement);
        }

        return agreement.SubmittedVersion != approvedVersion
            ? Refusal(agreement, Messages.NotTheSubmittedVersion(approvedVersion, agreement.SubmittedVersion ?? 0))
            : null;
    }

    /// <summary>Why an agreement that is not approved (or no longer: it is definitief already) cannot be finalised.</summary>
    public static string NotApproved(AgreementDocument agreement) => Refusal(agreement, Messages.FinaliseOnlyWhenApproved);

    /// <summary>
    /// Finalises an approved agreement by reserving <paramref name="finalVersion"/> for the final of
    /// <paramref name="approvedVersion"/>: the agreement becomes definitief and names its final before the final's file is
    /// written, so of two finalisations only one ever writes a file. Refused when that is no longer the approved version.
    /// </summary>
    /// <remarks>
    /// No log line yet: <see cref="Finalised"/> describes the step once the file it names is written. The signatories are
    /// fixed here, from the approved answers (<see cref="Signing.SignatoryList"/>), so who signs never depends on what the
    /// answers of a later moment say.
    /// </remarks>
    public static Transition Finalise(AgreementDocument agreement, int approvedVersion, int finalVersion, IReadOnlyList<Signing.Signatory> signatories)
    {
        if (WhyNotFinal(agreement, approvedVersion) is { } reason)
        {
            return Transition.Refused(reason);
        }

        return new Transition(agreement with { Status = AgreementStatus.Definitief, FinalVersion = finalVersion, Signatories = signatories },
            null, null, finalVersion, null);
    }

    /// <summary>
    /// Moves the final's reserved number from <paramref name="from"/> to <paramref name="to"/>, because a draft that was being
    /// made as the agreement was finalised took it; only while the agreement still names <paramref name="from"/>.
    /// </summary>
    public static Transition MoveFinal(AgreementDocument agreement, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement is { Status: AgreementStatus.Definitief } && agreement.FinalVersion == from
            ? new Transition(agreement with { FinalVersion = to }, null, null, to, null)
            : Refuse(agreement, Messages.AgreementIsFinal);
    }

    /// <summary>The log line of a finalisation, once the final's file is written.</summary>
    public static Transition Finalised(int approvedVersion, int finalVersion, string sha256) =>
        Transition.LogOnly(Messages.LogFinalised, finalVersion, Messages.LogFinalisedDetail(approvedVersion, sha256));

    /// <summary>
    /// The answers or participants (<paramref name="what"/>) change: refused once definitief; after submission the agreement
    /// returns to concept and every approval is void, and the log says why.
    /// </summary>
    public static Transition ContentChanged(AgreementDocument agreement, string what)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement.Status switch
        {
            AgreementStatus.Definitief or AgreementStatus.Ondertekend => Refuse(agreement, Messages.AgreementIsFinal),
            AgreementStatus.InReview or AgreementStatus.Approved => Transition.To(Reopened(agreement), Messages.LogReturnedToConcept,
                agreement.SubmittedVersion, Messages.ReturnedToConceptBecause(what, agreement.SubmittedVersion ?? 0,
                    [.. agreement.Approvals.Select(approval => approval.Organisation)])),
            _ => Transition.None,
        };
    }

    /// <summary>A new draft may be rendered at any time before the agreement is definitief.</summary>
    public static Transition RenderDraft(AgreementDocument agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return AgreementStatus.IsFinal(agreement.Status) ? Refuse(agreement, Messages.AgreementIsFinal) : Transition.None;
    }

    private static Transition RequestChanges(AgreementDocument agreement, Review review)
    {
        if (UnderReview(agreement, review) is { } refused)
        {
            return refused;
        }

        return Transition.To(Reopened(agreement) with { ChangesRequestedVersion = review.Version }, Messages.LogChangesRequested(review.Organisation),
            review.Version, Quote(review));
    }

    private static Transition Approve(AgreementDocument agreement, Review review)
    {
        if (agreement.Status == AgreementStatus.Approved)
        {
            return Refuse(agreement, Messages.AlreadyApproved);
        }

        if (UnderReview(agreement, review) is { } refused)
        {
            return refused;
        }

        if (AgreementParties.Named(agreement.Parties, review.Organisation) is not { } party)
        {
            return Refuse(agreement, Messages.NotAParty(review.Organisation, [.. agreement.Parties.Select(found => found.ShortName)]));
        }

        // One approval per party: a second participant of the same party replaces the first, never doubles it.
        var approvals = agreement.Approvals
            .Where(approval => !party.IsNamed(approval.Organisation))
            .Append(new Approval(party.ShortName, review.By, review.Version, review.At))
            .ToList();
        var next = agreement with { Approvals = approvals };
        return EveryPartyApproved(next)
            ? Transition.To(next with { Status = AgreementStatus.Approved }, Messages.LogApprovedByEveryone(party.ShortName), review.Version)
            : Transition.To(next, Messages.LogApprovedBy(party.ShortName), review.Version);
    }

    /// <summary>Whether every party of the submitted version has approved that version.</summary>
    public static bool EveryPartyApproved(AgreementDocument agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement.Parties.Count > 0 && agreement.Parties.All(party =>
            agreement.Approvals.Any(approval => approval.Version == agreement.SubmittedVersion && party.IsNamed(approval.Organisation)));
    }

    // Requests for changes and approvals only count for the version under review, never an older one.
    private static Transition? UnderReview(AgreementDocument agreement, Review review)
    {
        if (agreement.Status is not (AgreementStatus.InReview or AgreementStatus.Approved))
        {
            return Refuse(agreement, Messages.NothingUnderReview);
        }

        return review.Version != agreement.SubmittedVersion
            ? Refuse(agreement, Messages.NotTheSubmittedVersion(review.Version, agreement.SubmittedVersion ?? 0))
            : null;
    }

    private static AgreementDocument Reopened(AgreementDocument agreement) =>
        agreement with { Status = AgreementStatus.Concept, SubmittedVersion = null, Approvals = [], Parties = [] };

    private static string? Quote(Review review) =>
        review.Article is { Length: > 0 } article ? $"{article}: {review.Text}" : review.Text;

    private static Transition Refuse(AgreementDocument agreement, string reason) => Transition.Refused(Refusal(agreement, reason));

    private static string Refusal(AgreementDocument agreement, string reason) =>
        $"{reason} {Messages.AllowedNow(agreement.Status, agreement.SubmittedVersion, agreement.FinalVersion)}";
}
