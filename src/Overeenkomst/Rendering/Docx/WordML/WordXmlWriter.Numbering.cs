namespace Overeenkomst.Rendering.Docx.WordML;

/// <summary>The numbering part (<c>w:numbering</c>): abstract list definitions and the numbering instances paragraphs refer to.</summary>
internal sealed partial class WordXmlWriter
{
    /// <summary>Opens <c>w:numbering</c>, the numbering part.</summary>
    public void StartNumbering() => StartPart("<w:numbering"u8);

    /// <summary>Closes the numbering part.</summary>
    public void EndNumbering() => Tag("</w:numbering>"u8);

    /// <summary>Opens abstract list definition <paramref name="id"/>, with a level for each depth of nesting.</summary>
    public void StartAbstractNumbering(int id)
    {
        Tag("<w:abstractNum w:abstractNumId=\""u8);
        Number(id);
        Tag("\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"u8);
    }

    /// <summary>Closes the abstract list definition.</summary>
    public void EndAbstractNumbering() => Tag("</w:abstractNum>"u8);

    /// <summary>
    /// One level of a list definition: counting from 1 in <paramref name="format"/> (Word's name, such as <c>decimal</c>),
    /// shown as <paramref name="text"/> (<c>%1.</c> or a bullet), its text <paramref name="indent"/> twips from the margin
    /// with the number hanging <paramref name="hanging"/> twips before it.
    /// </summary>
    public void NumberingLevel(int level, string format, string text, int indent, int hanging)
    {
        Tag("<w:lvl w:ilvl=\""u8);
        Number(level);
        Tag("\"><w:start w:val=\"1\"/>"u8);
        Empty("<w:numFmt w:val=\""u8, format);
        Empty("<w:lvlText w:val=\""u8, text);
        Tag("<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\""u8);
        Number(indent);
        Tag("\" w:hanging=\""u8);
        Number(hanging);
        Tag("\"/></w:pPr></w:lvl>"u8);
    }

    /// <summary>Numbering instance <paramref name="numberId"/> of definition <paramref name="abstractId"/>, starting <paramref name="level"/> at <paramref name="start"/>.</summary>
    public void NumberingInstance(int numberId, int abstractId, int level, int start)
    {
        Tag("<w:num w:numId=\""u8);
        Number(numberId);
        Tag("\">"u8);
        Empty("<w:abstractNumId w:val=\""u8, abstractId);
        Tag("<w:lvlOverride w:ilvl=\""u8);
        Number(level);
        Tag("\">"u8);
        Empty("<w:startOverride w:val=\""u8, start);
        Tag("</w:lvlOverride></w:num>"u8);
    }
}
