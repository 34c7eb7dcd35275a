using System.Text.Json;
using Overeenkomst.Agreements.Clauses;
using Overeenkomst.Agreements.Parties;

namespace Overeenkomst.Agreements;

/// <summary>The content of <c>{id}/agreement.json</c>: the answers as last saved, and what the agreement is about.</summary>
/// <param name="Id">The agreement's id.</param>
/// <param name="Title">The agreement's title, from its answers.</param>
/// <param name="Status">Where it is in its lifecycle; <see cref="AgreementStatus.Concept"/> while it is being written.</param>
/// <param name="Participants">Who takes part, and in which role; the creator is the first (the owner).</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">The e-mail of who created it: the owner, who cannot be removed from the participants.</param>
/// <param name="UpdatedAt">When its answers were last saved.</param>
/// <param name="UpdatedBy">Who saved them.</param>
/// <param name="Answers">The answers document, as sent.</param>
/// <remarks>The lifecycle's state (<see cref="SubmittedVersion"/>, <see cref="Approvals"/>, <see cref="FinalVersion"/>) lives here
/// too, so every change to it is one conditional write of this file: two handler instances can never lose an approval.</remarks>
public sealed record AgreementDocument(
    string Id,
    string Title,
    string Status,
    IReadOnlyList<Participant> Participants,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    JsonElement Answers)
{
    /// <summary>The version that is (or was last) under review; null in concept.</summary>
    public int? SubmittedVersion { get; init; }

    /// <summary>The approvals of <see cref="SubmittedVersion"/>, one per party (submitting counts for the submitter's); voided by any change.</summary>
    public IReadOnlyList<Approval> Approvals { get; init; } = [];

    /// <summary>The parties of the submitted version, each of which must approve it; empty in concept.</summary>
    public IReadOnlyList<Party> Parties { get; init; } = [];

    /// <summary>The version a reviewer last asked changes in: a version with the same text cannot be submitted again.</summary>
    public int? ChangesRequestedVersion { get; init; }

    /// <summary>The final version's number, once the agreement is definitief.</summary>
    public int? FinalVersion { get; init; }

    /// <summary>
    /// The version of the questionnaire the answers were given under; null when stored before versions were recorded (which
    /// counts as the oldest). Reading brings the answers to the current version, and the next write stores that.
    /// </summary>
    public string? QuestionnaireVersion { get; init; }

    /// <summary>
    /// What reading changed in the stored answers because the questionnaire changed, one Dutch sentence each: for the
    /// person, never stored (empty when nothing changed).
    /// </summary>
    public IReadOnlyList<string>? Migration { get; init; }

    /// <summary>The jurists' own texts for articles and members, oldest first; every version made now keeps a copy.</summary>
    public IReadOnlyList<ClauseEdit> ClauseEdits { get; init; } = [];
}

/// <summary>A party's approval of one submitted version.</summary>
/// <param name="Organisation">The party, by its short name (the participants list's organisation).</param>
/// <param name="Email">Who approved for it.</param>
/// <param name="Version">The version approved.</param>
/// <param name="At">When.</param>
public sealed record Approval(string Organisation, string Email, int Version, DateTimeOffset At);

/// <summary>Someone who takes part in an agreement.</summary>
/// <param name="Email">Their e-mail address, as their sign-in knows it.</param>
/// <param name="Organisation">The organisation they speak for.</param>
/// <param name="Role">opleiding, zorg or juridisch.</param>
public sealed record Participant(string Email, string Organisation, string Role);

/// <summary>The statuses of an agreement's lifecycle, as stored.</summary>
public static class AgreementStatus
{
    /// <summary>Being written: answers can be saved and drafts rendered.</summary>
    public const string Concept = "concept";

    /// <summary>A version is with the parties for review.</summary>
    public const string InReview = "in_review";

    /// <summary>Every party approved the submitted version.</summary>
    public const string Approved = "approved";

    /// <summary>Finalised: the final version is written once, and nothing changes any more.</summary>
    public const string Definitief = "definitief";
}

/// <summary>An agreement as a list shows it, read from the metadata of its <c>agreement.json</c> without opening it.</summary>
/// <param name="Id">The agreement's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Its status.</param>
/// <param name="UpdatedAt">When its answers were last saved.</param>
public sealed record AgreementSummary(string Id, string Title, string Status, DateTimeOffset UpdatedAt);
