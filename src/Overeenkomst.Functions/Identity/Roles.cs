namespace Overeenkomst.Functions.Identity;

/// <summary>The three roles of the product, as App Service Authentication's app roles and the participants list name them.</summary>
public static class Roles
{
    /// <summary>Education manager: creates and edits agreements, renders drafts, submits them for review.</summary>
    public const string Opleiding = "opleiding";

    /// <summary>Care organisation: comments, requests changes, approves.</summary>
    public const string Zorg = "zorg";

    /// <summary>Legal staff: reads, finalises, downloads finals.</summary>
    public const string Juridisch = "juridisch";

    /// <summary>Every role, in the order the sign-in page offers them.</summary>
    public static IReadOnlyList<string> All { get; } = [Opleiding, Zorg, Juridisch];

    /// <summary>True for one of the three roles.</summary>
    public static bool IsKnown(string? role) => role is Opleiding or Zorg or Juridisch;
}
