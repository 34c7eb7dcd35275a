using System.Text.Json;
using Overeenkomst.Agreements.Clauses;
using Overeenkomst.Agreements.Organisations;
using Overeenkomst.Agreements.Parties;
using Overeenkomst.Agreements.Signing;

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

    /// <summary>
    /// Each party's confirmation of its own block (<see cref="OrganisationBlock"/>): it counts only while the block still
    /// holds what was confirmed, so a change by anyone else puts the party back on the list of blocks still waiting.
    /// </summary>
    public IReadOnlyList<BlockConfirmation> BlockConfirmations { get; init; } = [];

    /// <summary>
    /// Who signs the final, fixed when it is made (one or two per party); an e-mail address only for a party that confirmed
    /// its block, or corrected it since. Null before the agreement is definitief.
    /// </summary>
    public IReadOnlyList<Signatory>? Signatories { get; init; }

    /// <summary>The signatures given, in the product or recorded from paper, oldest first.</summary>
    public IReadOnlyList<Signature> Signatures { get; init; } = [];

    /// <summary>The final this agreement was started from ("Nieuwe overeenkomst op basis van deze"); null for a new one.</summary>
    public RenewalSource? RenewalOf { get; init; }
}

/// <summary>The final a renewal was started from.</summary>
/// <param name="AgreementId">The agreement it renews.</param>
/// <param name="Version">That agreement's final version.</param>
/// <param name="Sha256">The final's SHA-256.</param>
/// <param name="Title">That agreement's title.</param>
public sealed record RenewalSource(string AgreementId, int Version, string Sha256, string Title);

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

    /// <summary>Finalised: the final version is written once, and nothing changes any more but its signatures.</summary>
    public const string Definitief = "definitief";

    /// <summary>Every signatory signed the final (in the product, or on paper as a jurist recorded).</summary>
    public const string Ondertekend = "ondertekend";

    /// <summary>True once the text is final: definitief or ondertekend.</summary>
    public static bool IsFinal(string status) => status is Definitief or Ondertekend;
}

/// <summary>An agreement as a list shows it, read from the metadata of its <c>agreement.json</c> without opening it.</summary>
/// <param name="Id">The agreement's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Its status.</param>
/// <param name="UpdatedAt">When its answers were last saved.</param>
public sealed record AgreementSummary(string Id, string Title, string Status, DateTimeOffset UpdatedAt);
