using Overeenkomst.Rendering.Docx.WordML;

namespace Overeenkomst.Rendering.Docx;

/// <summary>Writes <c>word/comments.xml</c>: each comment with its id (its place in the list), author, date and paragraphs.</summary>
internal static class CommentsPart
{
    public static void Write(TrackedChanges changes, Stream stream)
    {
        var xml = new WordXmlWriter(stream, bufferSize: 4 * 1024);
        xml.StartComments();
        for (var id = 0; id < changes.Comments.Count; id++)
        {
            var comment = changes.Comments[id];
            xml.Comment(id, DocumentText.Clean(comment.Author, keepLineBreaks: false), TrackedChanges.WordDateOf(comment.Date),
                comment.Paragraphs.Select(paragraph => DocumentText.Clean(paragraph, keepLineBreaks: false)).ToList());
        }

        xml.EndComments();
        xml.Close();
    }
}
