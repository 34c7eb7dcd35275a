using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Overeenkomst.Rendering.Docx.WordML;
using static Overeenkomst.Rendering.Docx.HouseStyle;

namespace Overeenkomst.Rendering.Docx;

/// <summary>Turns the <see cref="HouseStyle"/> into Word's styles part; built once, since it is the same for every agreement.</summary>
internal static class StyleSheet
{
    /// <summary>The serialised <c>word/styles.xml</c>.</summary>
    public static byte[] Xml { get; } = PartXml.Serialize(Build());

    /// <summary>The styles part as elements, for tests and validation.</summary>
    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = BodyFont, HighAnsi = BodyFont, EastAsia = BodyFont, ComplexScript = BodyFont },
                new FontSize { Val = Size(BodySize) },
                new FontSizeComplexScript { Val = Size(BodySize) },
                new Languages { Val = Language, EastAsia = Language, Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        ParagraphStyle(StyleIds.Normal, "Normal", basedOn: null, isDefault: true),
        ParagraphStyle(StyleIds.Title, "Title", paragraph: new StyleParagraphProperties(
                new KeepNext(), new SpacingBetweenLines { Before = "0", After = "360" }, new Justification { Val = JustificationValues.Left }),
            run: new StyleRunProperties(new Bold(), new Color { Val = AccentColor }, new FontSize { Val = Size(36) }, new FontSizeComplexScript { Val = Size(36) })),
        Heading(StyleIds.Heading1, "heading 1", outline: 0, size: 26, before: 360),
        Heading(StyleIds.Heading2, "heading 2", outline: 1, size: 22, before: 240),
        Heading(StyleIds.Heading3, "heading 3", outline: 2, size: 22, before: 200, italic: true),
        ParagraphStyle(StyleIds.ListParagraph, "List Paragraph", paragraph: new StyleParagraphProperties(
            new SpacingBetweenLines { After = "60" }, new ContextualSpacing())),
        ParagraphStyle(StyleIds.ArticleMember, "Lid", paragraph: new StyleParagraphProperties(
            new Tabs(new TabStop { Val = TabStopValues.Left, Position = Hanging }),
            new Indentation { Left = Twips(Hanging), Hanging = Twips(Hanging) })),
        ParagraphStyle(StyleIds.TableText, "Tabeltekst", paragraph: new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            run: SmallText()),
        ParagraphStyle(StyleIds.Quote, "Quote", paragraph: new StyleParagraphProperties(new Indentation { Left = Twips(Hanging) }),
            run: new StyleRunProperties(new Italic())),
        ParagraphStyle(StyleIds.Code, "Code", paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            run: new StyleRunProperties(new RunFonts { Ascii = MonospaceFont, HighAnsi = MonospaceFont }, new FontSize { Val = Size(SmallSize) })),
        ParagraphStyle(StyleIds.Header, "header", paragraph: new StyleParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth }), new SpacingBetweenLines { After = "0" }),
            run: QuietSmallText()),
        ParagraphStyle(StyleIds.Footer, "footer", paragraph: new StyleParagraphProperties(
                new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
            run: QuietSmallText()),
        ParagraphStyle(StyleIds.Marking, "Conceptmarkering", paragraph: new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "60", After = "0" }),
            run: new StyleRunProperties(new Bold(), new Color { Val = MarkingColor }, new FontSize { Val = Size(20) })),
        ParagraphStyle(StyleIds.Signature, "Ondertekening", paragraph: new StyleParagraphProperties(
            new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "0", After = "200" })),
        ParagraphStyle(StyleIds.SignatureParty, "Ondertekening partij", basedOn: StyleIds.Signature,
            run: new StyleRunProperties(new Bold())),
        new Style(
            new StyleName { Val = "Tabel" },
            new UIPriority { Val = 39 },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = QuietColor },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = QuietColor },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = QuietColor },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = QuietColor },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = QuietColor },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = QuietColor }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new StyleRunProperties(new Bold()),
                new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderRowShading }))
            { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = StyleIds.Table },
        new Style(
            new StyleName { Val = "Ondertekeningstabel" },
            new StyleTableProperties(
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 284, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = StyleIds.SignatureTable });

    private static Style Heading(string id, string name, int outline, int size, int before, bool italic = false)
    {
        var run = new StyleRunProperties(new Bold(), new Color { Val = AccentColor }, new FontSize { Val = Size(size) }, new FontSizeComplexScript { Val = Size(size) });
        if (italic)
        {
            run.Italic = new Italic();
        }

        return ParagraphStyle(id, name,
            paragraph: new StyleParagraphProperties(
                new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = Twips(before), After = "120" }, new OutlineLevel { Val = outline }),
            run: run);
    }

    private static Style ParagraphStyle(
        string id, string name, string? basedOn = StyleIds.Normal, bool isDefault = false,
        StyleParagraphProperties? paragraph = null, StyleRunProperties? run = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
        }

        style.PrimaryStyle = new PrimaryStyle();
        if (paragraph is not null)
        {
            style.StyleParagraphProperties = paragraph;
        }

        if (run is not null)
        {
            style.StyleRunProperties = run;
        }

        return style;
    }

    private static StyleRunProperties SmallText() =>
        new(new FontSize { Val = Size(SmallSize) }, new FontSizeComplexScript { Val = Size(SmallSize) });

    private static StyleRunProperties QuietSmallText() =>
        new(new Color { Val = QuietColor }, new FontSize { Val = Size(SmallSize) }, new FontSizeComplexScript { Val = Size(SmallSize) });

    private static StringValue Size(int halfPoints) => halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static StringValue Twips(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
