namespace Overeenkomst.Agreements;

/// <summary>The roles a participant can have in an agreement; the sign-in's app roles use the same names.</summary>
public static class ParticipantRoles
{
    /// <summary>Education: edits answers and participants, renders versions, submits a version for review.</summary>
    public const string Opleiding = "opleiding";

    /// <summary>Care organisation: comments, requests changes, approves the submitted version.</summary>
    public const string Zorg = "zorg";

    /// <summary>Legal staff: reads, finalises, downloads finals.</summary>
    public const string Juridisch = "juridisch";

    /// <summary>Every role, in the order pages offer them.</summary>
    public static IReadOnlyList<string> All { get; } = [Opleiding, Zorg, Juridisch];

    /// <summary>True for one of the three roles.</summary>
    public static bool IsKnown(string? role) => role is Opleiding or Zorg or Juridisch;
}
