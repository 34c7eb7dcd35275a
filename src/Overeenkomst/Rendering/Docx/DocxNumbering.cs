using DocumentFormat.OpenXml;
using Overeenkomst.Rendering.Docx.WordML;

namespace Overeenkomst.Rendering.Docx;

/// <summary>Collects the lists of one document and writes Word's numbering part for them.</summary>
/// <remarks>
/// Every Markdown list becomes its own numbering instance with a start override, so each list starts at its own first
/// number instead of continuing the previous one. One abstract definition per kind of list that is actually used.
/// </remarks>
internal sealed class DocxNumbering
{
    private static readonly string[] Bullets = ["•", "–", "◦"];

    private readonly List<ListKind> kinds = [];
    private readonly List<(int AbstractId, int Level, int Start)> instances = [];

    /// <summary>Registers a list and returns the numbering id its paragraphs refer to.</summary>
    public int AddList(ListKind kind, int level, int start)
    {
        var abstractId = kinds.IndexOf(kind);
        if (abstractId < 0)
        {
            abstractId = kinds.Count;
            kinds.Add(kind);
        }

        instances.Add((abstractId, level, start));
        return instances.Count;
    }

    /// <summary>Writes the numbering part: abstract definitions first, then the instances, as the schema requires.</summary>
    public void Write(Stream stream)
    {
        var xml = new WordXmlWriter(stream, bufferSize: 4 * 1024);
        xml.StartNumbering();
        for (var id = 0; id < kinds.Count; id++)
        {
            WriteDefinition(xml, id, kinds[id]);
        }

        for (var i = 0; i < instances.Count; i++)
        {
            var (abstractId, level, start) = instances[i];
            xml.NumberingInstance(i + 1, abstractId, level, start);
        }

        xml.EndNumbering();
        xml.Close();
    }

    private static void WriteDefinition(WordXmlWriter xml, int id, ListKind kind)
    {
        xml.StartAbstractNumbering(id);
        var format = ((IEnumValue)kind.Format).Value;
        for (var level = 0; level < 9; level++)
        {
            var text = kind.IsBullet ? Bullets[level % Bullets.Length] : $"%{level + 1}{kind.Delimiter}";
            xml.NumberingLevel(level, format, text, HouseStyle.ListIndent(level), HouseStyle.Hanging);
        }

        xml.EndAbstractNumbering();
    }
}
