using System.Globalization;

namespace Overeenkomst.Rendering.Docx;

/// <summary>
/// What a redline's Word file says about its changes: who made them and when (every <c>w:ins</c> and <c>w:del</c>
/// carries both), and the comments that explain them (<c>word/comments.xml</c>).
/// </summary>
/// <param name="Author">Who made the newer version: the author Word shows for every change.</param>
/// <param name="Date">When the newer version was made.</param>
/// <param name="Comments">The comments, numbered from 0 in order.</param>
public sealed record TrackedChanges(string Author, DateTimeOffset Date, IReadOnlyList<DocxComment> Comments)
{
    /// <summary>A moment as Word writes it: UTC, to the second.</summary>
    internal static string WordDateOf(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>One comment beside the text: its paragraphs, by whom, when.</summary>
/// <param name="Author">Who says it.</param>
/// <param name="Date">When.</param>
/// <param name="Paragraphs">Its text, a paragraph each.</param>
public sealed record DocxComment(string Author, DateTimeOffset Date, IReadOnlyList<string> Paragraphs);
