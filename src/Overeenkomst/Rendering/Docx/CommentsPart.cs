namespace Overeenkomst.Rendering.Docx;

/// <summary>Writes <c>word/comments.xml</c>: each comment with its id (its place in the list), author, date and paragraphs.</summary>
internal static class CommentsPart
{
    public static void Write(TrackedChanges changes, Stream stream)
    {
        var xml = new WordXmlWriter(stream, bufferSize: 4 * 1024);
        xml.StartPart("comments");
        for (var id = 0; id < changes.Comments.Count; id++)
        {
            var comment = changes.Comments[id];
            xml.Start("comment");
            xml.Attribute("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.Attribute("author", DocumentText.Clean(comment.Author, keepLineBreaks: false));
            xml.Attribute("date", TrackedChanges.WordDateOf(comment.Date));
            foreach (var paragraph in comment.Paragraphs)
            {
                xml.Start("p");
                xml.Start("r");
                xml.Text(DocumentText.Clean(paragraph, keepLineBreaks: false));
                xml.End();
                xml.End();
            }

            xml.End();
        }

        xml.End();
        xml.Close();
    }
}
