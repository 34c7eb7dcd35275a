using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Overeenkomst.Rendering.Markdown.Extensions.Revisions;

/// <summary>How the HTML redline shows changes: words in <c>&lt;ins&gt;</c>/<c>&lt;del&gt;</c>, whole blocks in a marked frame.</summary>
public static class HtmlRevisions
{
    /// <summary>The class of a block inserted or deleted as a whole.</summary>
    public static string Class(RevisionKind kind) => kind == RevisionKind.Inserted ? "ingevoegd" : "verwijderd";

    /// <summary>The element of inserted or deleted words.</summary>
    public static string Tag(RevisionKind kind) => kind == RevisionKind.Inserted ? "ins" : "del";

    /// <summary>Writes an article's or member's number, the older one struck through when it changed.</summary>
    public static void WriteLabel(HtmlRenderer renderer, string label, MarkdownObject block)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        if (Revisions.PreviousLabel(block, label) is { } previous)
        {
            renderer.Write("<del>").WriteEscape(previous).Write("</del><ins>").WriteEscape(label).Write("</ins>");
        }
        else
        {
            renderer.WriteEscape(label);
        }
    }

    /// <summary>Before a block: opens the frame of a block inserted or deleted as a whole, and marks its rows and list items.</summary>
    internal static void Before(HtmlRenderer renderer, MarkdownObject block)
    {
        // Rows and list items are written by their table or list, not on their own: they carry the mark as a class.
        if (block is ContainerBlock container and (ListBlock or Markdig.Extensions.Tables.Table))
        {
            foreach (var child in container)
            {
                if (Revisions.Of(child) is { } childKind)
                {
                    child.GetAttributes().AddClass(Class(childKind));
                }
            }
        }

        if (Framed(block) is { } kind)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"").Write(Class(kind)).WriteLine("\">");
        }
    }

    /// <summary>After a block: closes its frame.</summary>
    internal static void After(HtmlRenderer renderer, MarkdownObject block)
    {
        if (Framed(block) is not null)
        {
            renderer.EnsureLine();
            renderer.WriteLine("</div>");
        }
    }

    // A marked block inside a block with the same mark (a paragraph in a deleted list item) needs no frame of its own.
    private static RevisionKind? Framed(MarkdownObject block) =>
        block is Block { Parent: var parent } && Revisions.Of(block) is { } kind && (parent is null || Revisions.Of(parent) != kind) ? kind : null;
}
