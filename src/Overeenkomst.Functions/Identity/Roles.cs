using Overeenkomst.Agreements;

namespace Overeenkomst.Functions.Identity;

/// <summary>The three roles of the product, as App Service Authentication's app roles and the participants list name them.</summary>
/// <remarks>The names are the library's <see cref="ParticipantRoles"/>: a sign-in role and an agreement role are the same word.</remarks>
public static class Roles
{
    /// <summary>Education manager: creates and edits agreements, renders drafts, submits them for review.</summary>
    public const string Opleiding = ParticipantRoles.Opleiding;

    /// <summary>Care organisation: comments, requests changes, approves.</summary>
    public const string Zorg = ParticipantRoles.Zorg;

    /// <summary>Legal staff: reads, finalises, downloads finals.</summary>
    public const string Juridisch = ParticipantRoles.Juridisch;

    /// <summary>Every role, in the order the sign-in page offers them.</summary>
    public static IReadOnlyList<string> All => ParticipantRoles.All;

    /// <summary>True for one of the three roles.</summary>
    public static bool IsKnown(string? role) => ParticipantRoles.IsKnown(role);
}
