using System.Text;

namespace Overeenkomst.Rendering.Docx.WordML;

/// <summary>Runs (<c>w:r</c>): text in one format, and the tab, break and comment reference a run can hold.</summary>
internal sealed partial class WordXmlWriter
{
    /// <summary>Opens a run with its direct formatting (<c>w:rPr</c>), if it has any.</summary>
    public void StartRun(RunFormat format)
    {
        if (format == RunFormat.None)
        {
            Tag("<w:r>"u8);
            return;
        }

        Tag("<w:r><w:rPr>"u8);
        if (format.HasFlag(RunFormat.Code))
        {
            Tag("<w:rFonts w:ascii=\""u8);
            Value(HouseStyle.MonospaceFont);
            Tag("\" w:hAnsi=\""u8);
            Value(HouseStyle.MonospaceFont);
            Tag("\"/>"u8);
        }

        if (format.HasFlag(RunFormat.Bold))
        {
            Tag("<w:b/>"u8);
        }

        if (format.HasFlag(RunFormat.Italic))
        {
            Tag("<w:i/>"u8);
        }

        Tag("</w:rPr>"u8);
    }

    /// <summary>Closes the run.</summary>
    public void EndRun() => Tag("</w:r>"u8);

    /// <summary>Writes <c>w:t</c> with spaces kept as typed; the text is escaped.</summary>
    public void Text(string text)
    {
        Tag("<w:t xml:space=\"preserve\">"u8);
        Content(text);
        Tag("</w:t>"u8);
    }

    /// <summary>Writes <c>w:t</c> (or, for a deletion, <c>w:delText</c>) with the text gathered in <paramref name="text"/>, without copying it into a string first.</summary>
    public void Text(StringBuilder text, bool deleted)
    {
        Tag(deleted ? "<w:delText xml:space=\"preserve\">"u8 : "<w:t xml:space=\"preserve\">"u8);
        var chunks = text.GetChunks();
        if (chunks.MoveNext() && chunks.Current is var first && !chunks.MoveNext())
        {
            Content(first.Span);
        }
        else
        {
            // Rare (a builder in pieces), and a piece may end between the two halves of a surrogate pair: copy it whole.
            Content(text.ToString());
        }

        Tag(deleted ? "</w:delText>"u8 : "</w:t>"u8);
    }

    /// <summary>A run holding a tab.</summary>
    public void TabRun() => Tag("<w:r><w:tab/></w:r>"u8);

    /// <summary>A run holding a line break.</summary>
    public void LineBreakRun() => Tag("<w:r><w:br/></w:r>"u8);

    /// <summary>A run holding a page break.</summary>
    public void PageBreakRun() => Tag("<w:r><w:br w:type=\"page\"/></w:r>"u8);

    /// <summary>A run holding the reference to comment <paramref name="id"/>, where Word shows the comment's mark.</summary>
    public void CommentReferenceRun(int id)
    {
        Empty("<w:r><w:commentReference w:id=\""u8, id);
        Tag("</w:r>"u8);
    }
}
