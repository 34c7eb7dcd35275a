using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Overeenkomst.Rendering.Docx.WordML;

namespace Overeenkomst.Rendering.Docx;

/// <summary>What stands on every page: the header with title and CONCEPT marking, the footer with "pagina X van Y", the page setup.</summary>
internal static class PageFurniture
{
    /// <summary>The footer is the same for every agreement.</summary>
    public static readonly byte[] Footer = PartXml.Serialize(new Footer(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = HouseStyle.StyleIds.Footer }),
        Plain("pagina "),
        PageField(" PAGE "),
        Plain(" van "),
        PageField(" NUMPAGES "))));

    /// <summary>Word's settings part: Dutch, and the layout rules of current Word versions.</summary>
    public static readonly byte[] Settings = PartXml.Serialize(new Settings(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 709 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = HouseStyle.Language }));

    /// <summary>Writes the header: the title on every page and, on a draft, the marking under it.</summary>
    public static void WriteHeader(DocumentInfo info, Stream stream)
    {
        var xml = new WordXmlWriter(stream, bufferSize: 1024);
        xml.StartHeader();
        xml.Paragraph(HouseStyle.StyleIds.Header, DocumentText.Clean(info.Title, keepLineBreaks: false));
        if (info.Marking is not null)
        {
            xml.Paragraph(HouseStyle.StyleIds.Marking, info.Marking);
        }

        xml.EndHeader();
        xml.Close();
    }

    /// <summary>A4 portrait with the house margins, pointing at our one header and footer (the body's last element).</summary>
    public static readonly string Section = PartXml.Fragment(new SectionProperties(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = DocxPackage.Parts.HeaderRelationshipId },
        new FooterReference { Type = HeaderFooterValues.Default, Id = DocxPackage.Parts.FooterRelationshipId },
        new PageSize { Width = HouseStyle.PageWidth, Height = HouseStyle.PageHeight },
        new PageMargin
        {
            Top = HouseStyle.Margin,
            Right = HouseStyle.Margin,
            Bottom = HouseStyle.Margin,
            Left = HouseStyle.Margin,
            Header = HouseStyle.HeaderDistance,
            Footer = HouseStyle.HeaderDistance,
            Gutter = 0,
        }));

    private static Run Plain(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    // A field Word and LibreOffice compute when they lay out the page; "1" is only the value shown before that.
    private static SimpleField PageField(string instruction) => new(Plain("1")) { Instruction = instruction };
}
