using System.Text.Json;

namespace Overeenkomst.Agreements;

/// <summary>The content of <c>{id}/agreement.json</c>: the answers as last saved, and what the agreement is about.</summary>
/// <param name="Id">The agreement's id.</param>
/// <param name="Title">The agreement's title, from its answers.</param>
/// <param name="Status">Where it is in its lifecycle; <see cref="AgreementStatus.Concept"/> while it is being written.</param>
/// <param name="Participants">Who takes part, and in which role (filled in once identity exists).</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="UpdatedAt">When its answers were last saved.</param>
/// <param name="UpdatedBy">Who saved them.</param>
/// <param name="Answers">The answers document, as sent.</param>
public sealed record AgreementDocument(
    string Id,
    string Title,
    string Status,
    IReadOnlyList<Participant> Participants,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    JsonElement Answers);

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
}

/// <summary>An agreement as a list shows it, read from the metadata of its <c>agreement.json</c> without opening it.</summary>
/// <param name="Id">The agreement's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Its status.</param>
/// <param name="UpdatedAt">When its answers were last saved.</param>
public sealed record AgreementSummary(string Id, string Title, string Status, DateTimeOffset UpdatedAt);
