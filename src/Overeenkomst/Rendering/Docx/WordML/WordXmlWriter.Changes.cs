using Overeenkomst.Rendering.Markdown.Extensions.Revisions;

namespace Overeenkomst.Rendering.Docx.WordML;

/// <summary>Tracked changes (<c>w:ins</c>, <c>w:del</c>), comment anchors and the comments part (<c>w:comments</c>).</summary>
internal sealed partial class WordXmlWriter
{
    /// <summary>Opens the insertion or deletion that the runs written until <see cref="EndRevision"/> belong to.</summary>
    public void StartRevision(in RevisionMark mark)
    {
        RevisionStartTag(mark);
        Tag("\">"u8);
    }

    /// <summary>Closes an insertion or deletion of <paramref name="kind"/>.</summary>
    public void EndRevision(RevisionKind kind) => Tag(kind == RevisionKind.Inserted ? "</w:ins>"u8 : "</w:del>"u8);

    /// <summary>An empty insertion or deletion: the mark of a paragraph or a table row changed as a whole.</summary>
    public void EmptyRevision(in RevisionMark mark)
    {
        RevisionStartTag(mark);
        Tag("\"/>"u8);
    }

    /// <summary>Where comment <paramref name="id"/> starts.</summary>
    public void CommentRangeStart(int id) => Empty("<w:commentRangeStart w:id=\""u8, id);

    /// <summary>Where comment <paramref name="id"/> ends.</summary>
    public void CommentRangeEnd(int id) => Empty("<w:commentRangeEnd w:id=\""u8, id);

    /// <summary>Opens <c>w:comments</c>, the comments part.</summary>
    public void StartComments() => StartPart("<w:comments"u8);

    /// <summary>Closes the comments part.</summary>
    public void EndComments() => Tag("</w:comments>"u8);

    /// <summary>Writes comment <paramref name="id"/>, a paragraph for each of <paramref name="paragraphs"/>.</summary>
    public void Comment(int id, string author, string date, IReadOnlyList<string> paragraphs)
    {
        Tag("<w:comment w:id=\""u8);
        Number(id);
        Tag("\" w:author=\""u8);
        Value(author);
        Tag("\" w:date=\""u8);
        Value(date);
        if (paragraphs.Count == 0)
        {
            Tag("\"/>"u8);
            return;
        }

        Tag("\">"u8);
        foreach (var paragraph in paragraphs)
        {
            Paragraph(paragraph);
        }

        Tag("</w:comment>"u8);
    }

    // <w:ins w:id=".." w:author=".." w:date="..  — up to the date's closing quote.
    private void RevisionStartTag(in RevisionMark mark)
    {
        Tag(mark.Kind == RevisionKind.Inserted ? "<w:ins w:id=\""u8 : "<w:del w:id=\""u8);
        Number(mark.Id);
        Tag("\" w:author=\""u8);
        Value(mark.Author);
        Tag("\" w:date=\""u8);
        Value(mark.Date);
    }
}
