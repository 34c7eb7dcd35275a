using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Overeenkomst.Rendering.Docx.WordML;

/// <summary>Paragraphs (<c>w:p</c>) and their properties (<c>w:pPr</c>), written in the schema's order.</summary>
internal sealed partial class WordXmlWriter
{
    // The SDK's names of the alignments table columns use, taken once: asking the value for its name boxes it.
    private static readonly string Center = ((IEnumValue)JustificationValues.Center).Value;
    private static readonly string Right = ((IEnumValue)JustificationValues.Right).Value;

    /// <summary>Opens a paragraph and its properties with its style; the properties that follow must keep the schema's order.</summary>
    public void StartParagraph(string styleId) => Empty("<w:p><w:pPr><w:pStyle w:val=\""u8, styleId);

    /// <summary>Keeps the paragraph on one page with the next; directly after the style.</summary>
    public void KeepWithNext() => Tag("<w:keepNext/>"u8);

    /// <summary>The list item's number: level <paramref name="level"/> of numbering instance <paramref name="numberId"/>.</summary>
    public void ListNumber(int level, int numberId)
    {
        Empty("<w:numPr><w:ilvl w:val=\""u8, level);
        Empty("<w:numId w:val=\""u8, numberId);
        Tag("</w:numPr>"u8);
    }

    /// <summary>Space above the paragraph, in twips.</summary>
    public void SpaceBefore(string twips) => Empty("<w:spacing w:before=\""u8, twips);

    /// <summary>The paragraph's left indent, in twips.</summary>
    public void LeftIndent(int twips) => Empty("<w:ind w:left=\""u8, twips);

    /// <summary>The paragraph's alignment.</summary>
    public void Justification(JustificationValues value) =>
        Empty("<w:jc w:val=\""u8, value == JustificationValues.Center ? Center : value == JustificationValues.Right ? Right : ((IEnumValue)value).Value);

    /// <summary>The paragraph mark inserted or deleted, so accepting or rejecting the change removes the paragraph.</summary>
    public void ParagraphMarkRevision(in RevisionMark mark)
    {
        Tag("<w:rPr>"u8);
        EmptyRevision(mark);
        Tag("</w:rPr>"u8);
    }

    /// <summary>Closes the paragraph's properties: runs follow.</summary>
    public void EndParagraphProperties() => Tag("</w:pPr>"u8);

    /// <summary>Closes the paragraph.</summary>
    public void EndParagraph() => Tag("</w:p>"u8);

    /// <summary>A whole paragraph of one run of <paramref name="text"/> in <paramref name="styleId"/>.</summary>
    public void Paragraph(string styleId, string text)
    {
        StartParagraph(styleId);
        EndParagraphProperties();
        Tag("<w:r>"u8);
        Text(text);
        Tag("</w:r></w:p>"u8);
    }

    /// <summary>A whole paragraph of one run of <paramref name="text"/>, without properties (a comment's text).</summary>
    public void Paragraph(string text)
    {
        Tag("<w:p><w:r>"u8);
        Text(text);
        Tag("</w:r></w:p>"u8);
    }
}
