namespace Overeenkomst.Rendering.Docx;

/// <summary>The one house style of every agreement: paper, margins, fonts, colours and the style ids the writer uses.</summary>
/// <remarks>Lengths are in twentieths of a point (twips), font sizes in half points, as Word stores them.</remarks>
public static class HouseStyle
{
    /// <summary>A4 portrait, 210 mm wide.</summary>
    public const int PageWidth = 11906;

    /// <summary>A4 portrait, 297 mm high.</summary>
    public const int PageHeight = 16838;

    /// <summary>2.5 cm on every side: room for binding and for notes in the margin.</summary>
    public const int Margin = 1418;

    /// <summary>Distance of header and footer from the edge of the page (1.25 cm).</summary>
    public const int HeaderDistance = 709;

    /// <summary>The width available for text between the margins.</summary>
    public const int TextWidth = PageWidth - (2 * Margin);

    /// <summary>A sans-serif font that Word has everywhere and LibreOffice replaces by its metric twin, Carlito.</summary>
    public const string BodyFont = "Calibri";

    /// <summary>The font for the rare literal code a template may contain.</summary>
    public const string MonospaceFont = "Consolas";

    /// <summary>The language of the text, for spelling and hyphenation.</summary>
    public const string Language = "nl-NL";

    /// <summary>Body text size: 11 pt.</summary>
    public const int BodySize = 22;

    /// <summary>Size of text in tables, header and footer: 9 pt.</summary>
    public const int SmallSize = 18;

    /// <summary>Dark blue for title and headings.</summary>
    public const string AccentColor = "1F3864";

    /// <summary>Red for the CONCEPT marking, so a draft cannot be mistaken for a final.</summary>
    public const string MarkingColor = "C00000";

    /// <summary>Grey for table lines and the header/footer text.</summary>
    public const string QuietColor = "595959";

    /// <summary>Light shading behind a table's header row.</summary>
    public const string HeaderRowShading = "D9E2F3";

    /// <summary>The hanging indent of numbered members and list items (1 cm).</summary>
    public const int Hanging = 567;

    /// <summary>White space between a table and the paragraph after it (6 pt).</summary>
    public const string SpaceAfterTable = "120";

    /// <summary>Left indent of a list item's text at a nesting level.</summary>
    public static int ListIndent(int level) => Hanging * (level + 1);

    /// <summary>Style ids: Word's own ids where Word has the style (so its navigation and numbering know them), Dutch ids for ours.</summary>
    public static class StyleIds
    {
        /// <summary>Body text.</summary>
        public const string Normal = "Normal";

        /// <summary>The agreement's title (Markdown level 1).</summary>
        public const string Title = "Title";

        /// <summary>Article and annex headings (Markdown level 2).</summary>
        public const string Heading1 = "Heading1";

        /// <summary>Sub-headings (Markdown level 3).</summary>
        public const string Heading2 = "Heading2";

        /// <summary>Lower headings (Markdown level 4 and deeper).</summary>
        public const string Heading3 = "Heading3";

        /// <summary>Paragraphs in a list.</summary>
        public const string ListParagraph = "ListParagraph";

        /// <summary>A numbered member of an article.</summary>
        public const string ArticleMember = "Lid";

        /// <summary>Text in table cells.</summary>
        public const string TableText = "Tabeltekst";

        /// <summary>Quoted text.</summary>
        public const string Quote = "Quote";

        /// <summary>Literal code.</summary>
        public const string Code = "Code";

        /// <summary>The page header.</summary>
        public const string Header = "Header";

        /// <summary>The page footer.</summary>
        public const string Footer = "Footer";

        /// <summary>The CONCEPT marking in the header of a draft.</summary>
        public const string Marking = "Conceptmarkering";

        /// <summary>Lines of the signature block.</summary>
        public const string Signature = "Ondertekening";

        /// <summary>A party's name in the signature block.</summary>
        public const string SignatureParty = "OndertekeningPartij";

        /// <summary>Tables with lines and a shaded header row.</summary>
        public const string Table = "Tabel";

        /// <summary>True for the title and heading styles, which carry their own space above.</summary>
        public static bool IsHeading(string styleId) => styleId is Title or Heading1 or Heading2 or Heading3;

        /// <summary>The borderless table that lays out the signature block.</summary>
        public const string SignatureTable = "Ondertekeningstabel";
    }
}
