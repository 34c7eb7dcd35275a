using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Docx;
using Overeenkomst.Rendering.Markdown;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Rendering;

/// <summary>How the Markdown of an agreement is laid out in Word: the house style, lists, tables, members, page furniture.</summary>
public sealed class WordLayoutTests
{
    private static readonly DocxWriter Writer = new(AgreementMarkdown.Pipeline);

    private static WordDocument Write(string markdown, string? marking = "CONCEPT — versie 1", DateTimeOffset? created = null)
    {
        var info = new DocumentInfo("Titel", "Tester", created, marking, 1, "test");
        var docx = Writer.Write(AgreementMarkdown.Parse(markdown), info);
        DocxAssert.IsValid(docx);
        return new WordDocument(docx);
    }

    private static IEnumerable<Paragraph> Numbered(WordDocument document) =>
        document.Body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null);

    private static int NumberId(Paragraph paragraph) => paragraph.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;

    [Fact]
    public void LongText_WithEmojiAndEscapedCharacters_ArrivesWhole_AcrossTheWritersBuffer()
    {
        // Longer than the writer's buffer, so pieces are cut inside it; every cut could split an emoji's surrogate pair.
        var text = string.Concat(Enumerable.Repeat("Zorg 😀 & school <samen> ", 2_000));

        using var document = Write(text.Replace("<", "\\<", StringComparison.Ordinal).Replace(">", "\\>", StringComparison.Ordinal));

        Assert.Equal(text.Trim(), Assert.Single(document.Paragraphs()));
    }

    [Fact]
    public void HorizontalRule_IsAnEmptyParagraph_WithABottomBorder()
    {
        using var document = Write("Boven.\n\n---\n\nOnder.\n");

        var rule = document.Body.Elements<Paragraph>().ElementAt(1);
        Assert.Equal("", rule.InnerText);
        var border = rule.ParagraphProperties!.ParagraphBorders!.BottomBorder!;
        Assert.Equal(BorderValues.Single, border.Val!.Value);
        Assert.Equal(6u, border.Size!.Value);
    }

    [Fact]
    public void EachList_GetsItsOwnNumbering_SoItRestartsAtItsOwnFirstNumber()
    {
        using var document = Write("1. een\n2. twee\n\nTussentekst.\n\n1. weer een\n2. weer twee\n\nTekst.\n\n3. drie\n4. vier\n");

        var ids = Numbered(document).Select(NumberId).ToList();
        Assert.Equal(3, ids.Distinct().Count());
        var starts = document.Main.NumberingDefinitionsPart!.Numbering.Elements<NumberingInstance>()
            .Select(instance => instance.Descendants<StartOverrideNumberingValue>().Single().Val!.Value)
            .ToList();
        Assert.Equal([1, 1, 3], starts);
    }

    [Fact]
    public void LetteredList_IsNumberedWithLowerCaseLetters()
    {
        using var document = Write("a. eerste overweging;\nb. tweede overweging;\n");

        var abstractNumbering = document.Main.NumberingDefinitionsPart!.Numbering.Elements<AbstractNum>().Single();
        var firstLevel = abstractNumbering.Elements<Level>().First();
        Assert.Equal(NumberFormatValues.LowerLetter, firstLevel.NumberingFormat!.Val!.Value);
        Assert.Equal("%1.", firstLevel.LevelText!.Val!.Value);
        Assert.Equal(2, Numbered(document).Count());
    }

    [Fact]
    public void BulletedList_UsesBullets_AndNestedListsGoOneLevelDeeper()
    {
        using var document = Write("- buiten\n  - binnen\n- weer buiten\n");

        var levels = Numbered(document).Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value).ToList();
        Assert.Equal([0, 1, 0], levels);
        Assert.All(document.Main.NumberingDefinitionsPart!.Numbering.Elements<AbstractNum>(),
            definition => Assert.Equal(NumberFormatValues.Bullet, definition.Elements<Level>().First().NumberingFormat!.Val!.Value));
    }

    [Fact]
    public void PipeTable_HasAHeaderRowThatRepeatsOnEveryPage_AndRowsThatNeverSplit()
    {
        using var document = Write("| Post | Bedrag |\n|------|-------:|\n| Docenten | € 1,00 |\n| Lokaal | € 2,00 |\n");

        var rows = document.Body.Descendants<TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), row => Assert.Null(row.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(rows, row => Assert.NotNull(row.TableRowProperties!.GetFirstChild<CantSplit>()));
        var amountCell = rows[1].Elements<TableCell>().ElementAt(1).Elements<Paragraph>().Single();
        Assert.Equal(JustificationValues.Right, amountCell.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void ArticleMembers_AreNumberedParagraphsInTheMemberStyle_WithTheirNumberBeforeATab()
    {
        using var document = Write("## Artikel 2 Doel\n\n2.1 Eerste lid.\n\n2.2 Tweede lid.\n");

        var members = document.Body.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == HouseStyle.StyleIds.ArticleMember)
            .Select(WordDocument.TextOf)
            .ToList();
        Assert.Equal(["2.1\tEerste lid.", "2.2\tTweede lid."], members);
        var heading = document.Body.Descendants<Paragraph>().First();
        Assert.Equal(HouseStyle.StyleIds.Heading1, heading.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
    }

    [Fact]
    public void NewPage_BecomesAPageBreak()
    {
        using var document = Write("Voor.\n\n\\newpage\n\nNa.\n");

        Assert.Single(document.Body.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);
    }

    [Fact]
    public void SignatureBlock_PutsEachPartyInACell_TwoToARow()
    {
        using var document = Write("""
            ::: ondertekening
            Aldus overeengekomen.

            ### Partij A

            Naam: A

            ### Partij B

            Naam: B

            ### Partij C

            Naam: C
            :::
            """);

        var table = Assert.Single(document.Body.Descendants<Table>());
        Assert.Equal(HouseStyle.StyleIds.SignatureTable, table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        var cells = table.Descendants<TableCell>().Select(cell => string.Join("|", cell.Elements<Paragraph>().Select(WordDocument.TextOf))).ToList();
        Assert.Equal(["Partij A|Naam: A", "Partij B|Naam: B", "Partij C|Naam: C", ""], cells);
        Assert.Contains("Aldus overeengekomen.", document.Paragraphs());
    }

    [Fact]
    public void Page_IsA4_WithTheHouseMargins()
    {
        using var document = Write("Tekst.\n");

        var section = document.Body.GetFirstChild<SectionProperties>()!;
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838u, section.GetFirstChild<PageSize>()!.Height!.Value);
        Assert.Equal(1418, section.GetFirstChild<PageMargin>()!.Top!.Value);
    }

    [Fact]
    public void Footer_SaysPageXOfY_WithFieldsWordComputes()
    {
        using var document = Write("Tekst.\n");

        var footer = document.Main.FooterParts.Single().Footer!;
        var fields = footer.Descendants<SimpleField>().Select(field => field.Instruction!.Value!.Trim()).ToList();
        Assert.Equal(["PAGE", "NUMPAGES"], fields);
        Assert.StartsWith("pagina ", WordDocument.TextOf(footer.Descendants<Paragraph>().Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_CarriesItsMarkingInTheHeader_WhichIsOnEveryPage()
    {
        using var document = Write("Tekst.\n", marking: "CONCEPT — versie 4");

        Assert.Equal("Titel\nCONCEPT — versie 4", document.HeaderText());
        var reference = document.Body.GetFirstChild<SectionProperties>()!.GetFirstChild<HeaderReference>()!;
        Assert.Equal(HeaderFooterValues.Default, reference.Type!.Value);
        Assert.Equal("Concept", document.CoreProperty("contentStatus"));
    }

    [Fact]
    public void Final_HasNoMarkingAnywhere()
    {
        using var document = Write("Tekst.\n", marking: null);

        Assert.Equal("Titel", document.HeaderText());
        Assert.Equal("Definitief", document.CoreProperty("contentStatus"));
    }

    [Fact]
    public void CoreProperties_ComeFromTheInput_NotFromTheClock()
    {
        var created = new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.FromHours(2));
        using var document = Write("# Titel\n", created: created);

        Assert.Equal("Titel", document.CoreProperty("title"));
        Assert.Equal("Tester", document.CoreProperty("creator"));
        Assert.Equal(DocumentInfo.Subject, document.CoreProperty("subject"));
        Assert.Equal("2026-07-01T07:30:00Z", document.CoreProperty("created"));
        Assert.Equal("2026-07-01T07:30:00Z", document.CoreProperty("modified"));
        Assert.Equal("nl-NL", document.CoreProperty("language"));
    }

    [Fact]
    public void Render_WithoutAMoment_HasNoDates()
    {
        using var document = Write("# Titel\n", created: null);

        Assert.Null(document.CoreProperty("created"));
        Assert.Null(document.CoreProperty("modified"));
    }

    [Fact]
    public void RenderedDraftOfAnExample_IsMarkedWithItsVersion_AndTheFinalIsNot()
    {
        var answers = TestTemplates.Example(TestTemplates.ExampleNames.First());
        var draft = TestTemplates.Compose(answers, TestTemplates.Draft(7));
        var final = TestTemplates.Compose(answers, RenderOptions.Final(8, TestTemplates.FixedTime, "Jurist"));

        using var draftDocument = new WordDocument(draft.Docx);
        using var finalDocument = new WordDocument(final.Docx);
        Assert.EndsWith("CONCEPT — versie 7", draftDocument.HeaderText(), StringComparison.Ordinal);
        Assert.DoesNotContain("CONCEPT", finalDocument.HeaderText(), StringComparison.Ordinal);
        Assert.DoesNotContain("CONCEPT", finalDocument.Text(), StringComparison.Ordinal);
        Assert.Equal("8", finalDocument.CoreProperty("revision"));
        Assert.Equal(TestTemplates.FixedTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), finalDocument.CoreProperty("created"));
        DocxAssert.IsValid(final.Docx);
    }
}
