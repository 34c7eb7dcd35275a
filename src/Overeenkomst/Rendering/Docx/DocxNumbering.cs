using DocumentFormat.OpenXml.Wordprocessing;

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

    /// <summary>The numbering part: abstract definitions first, then the instances, as the schema requires.</summary>
    public Numbering Build()
    {
        var numbering = new Numbering();
        for (var id = 0; id < kinds.Count; id++)
        {
            numbering.Append(Definition(id, kinds[id]));
        }

        for (var i = 0; i < instances.Count; i++)
        {
            var (abstractId, level, start) = instances[i];
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = abstractId },
                new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level })
            { NumberID = i + 1 });
        }

        return numbering;
    }

    private static AbstractNum Definition(int id, ListKind kind)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < 9; level++)
        {
            var text = kind.IsBullet ? Bullets[level % Bullets.Length] : $"%{level + 1}{kind.Delimiter}";
            definition.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = kind.Format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(
                    new Indentation { Left = Twips(HouseStyle.ListIndent(level)), Hanging = Twips(HouseStyle.Hanging) }))
            { LevelIndex = level });
        }

        return definition;
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
