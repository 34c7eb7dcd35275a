using Overeenkomst.Rendering.Docx;
using Overeenkomst.Rendering.Markdown;
using Overeenkomst.Rendering.Markdown.Extensions.Revisions;

namespace Overeenkomst.Rendering.Redline;

/// <summary>
/// The redline as a Word file with tracked changes: every difference a <c>w:ins</c> or <c>w:del</c> by the author of the
/// newer version at its moment, and on each changed section a comment that says what changed it. The body holds exactly
/// the two versions' text, so accepting every change gives the newer and rejecting every change the older.
/// </summary>
public static class RedlineDocx
{
    private static readonly DocxWriter Writer = new(AgreementMarkdown.RedlinePipeline);

    /// <summary>Writes <paramref name="redline"/>; <paramref name="explain"/> gives each changed section's reasons.</summary>
    public static byte[] Write(Redline redline, Func<RedlineSection, IReadOnlyList<string>> explain, DocumentInfo info, string author, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(redline);
        ArgumentNullException.ThrowIfNull(explain);
        var comments = new List<DocxComment>();
        foreach (var section in redline.Changed)
        {
            if (section.Blocks.Count == 0)
            {
                continue;
            }

            Revisions.SetComment(section.Blocks[0], comments.Count);
            comments.Add(new DocxComment(Messages.RedlineCommentAuthor, date,
                [$"{section.Heading} — {Messages.RedlineChange(section.Change)}", .. explain(section)]));
        }

        return Writer.Write(redline.Document, info, new TrackedChanges(author, date, comments));
    }
}
