namespace Overeenkomst.Rendering.Docx;

/// <summary>What the Word file says about itself: title, author, dates and whether it is a draft.</summary>
/// <param name="Title">The agreement's title; in the header of every page and in the file's properties.</param>
/// <param name="Creator">Who made this version.</param>
/// <param name="Created">When this version was made, or null for none; also the file's modification date, so a render is repeatable.</param>
/// <param name="Marking">The marking on every page of a draft, such as "CONCEPT — versie 3"; null for a final.</param>
/// <param name="Revision">The version number.</param>
/// <param name="Description">A line for the file's properties, such as the template version it was made with.</param>
public sealed record DocumentInfo(
    string Title,
    string Creator,
    DateTimeOffset? Created,
    string? Marking,
    int Revision,
    string Description)
{
    /// <summary>The subject every agreement shares.</summary>
    public const string Subject = "Samenwerkingsovereenkomst hybride leerwerkplek";

    /// <summary>"Concept" or "Definitief", for the file's status property.</summary>
    public string Status => Marking is null ? "Definitief" : "Concept";
}
