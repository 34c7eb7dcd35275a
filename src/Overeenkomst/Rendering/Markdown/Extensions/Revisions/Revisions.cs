using Markdig.Syntax;

namespace Overeenkomst.Rendering.Markdown.Extensions.Revisions;

/// <summary>Inserted or deleted: what a tracked change does to the text it covers.</summary>
public enum RevisionKind
{
    /// <summary>Text the newer version has and the older one has not.</summary>
    Inserted,

    /// <summary>Text the older version has and the newer one has not.</summary>
    Deleted,
}

/// <summary>
/// The marks a redline leaves on a merged syntax tree, kept in Markdig's per-object data so the tree stays made of the
/// ordinary node types: a whole block (or table row) inserted or deleted, the number an article or member had before,
/// and the comment that explains a changed article.
/// </summary>
public static class Revisions
{
    private static readonly object KindKey = typeof(RevisionKind);
    private static readonly object PreviousLabelKey = new();
    private static readonly object CommentKey = new();

    /// <summary>Marks <paramref name="block"/> (with everything in it) as inserted or deleted as a whole.</summary>
    public static void Mark(MarkdownObject block, RevisionKind kind)
    {
        ArgumentNullException.ThrowIfNull(block);
        block.SetData(KindKey, kind);
    }

    /// <summary>Whether <paramref name="block"/> was inserted or deleted as a whole; null when it was not.</summary>
    public static RevisionKind? Of(MarkdownObject block) => block?.GetData(KindKey) is RevisionKind kind ? kind : null;

    /// <summary>Remembers the number an article or member had in the older version ("Artikel 11 ", "11.2").</summary>
    public static void SetPreviousLabel(MarkdownObject block, string label)
    {
        ArgumentNullException.ThrowIfNull(block);
        block.SetData(PreviousLabelKey, label);
    }

    /// <summary>The older number, when it differs from <paramref name="label"/>; null otherwise.</summary>
    public static string? PreviousLabel(MarkdownObject block, string label) =>
        block?.GetData(PreviousLabelKey) is string previous && !string.Equals(previous, label, StringComparison.Ordinal) ? previous : null;

    /// <summary>Anchors comment <paramref name="id"/> on <paramref name="block"/>: a Word comment on its first paragraph.</summary>
    public static void SetComment(MarkdownObject block, int id)
    {
        ArgumentNullException.ThrowIfNull(block);
        block.SetData(CommentKey, id);
    }

    /// <summary>The comment anchored on <paramref name="block"/>, or null.</summary>
    public static int? CommentOf(MarkdownObject block) => block?.GetData(CommentKey) is int id ? id : null;
}
