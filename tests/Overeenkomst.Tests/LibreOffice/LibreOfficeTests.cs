using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Docx;
using Overeenkomst.Rendering.Redline;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.LibreOffice;

/// <summary>A second, independent reader: LibreOffice opens every example and lays it out as the parties will print it.</summary>
public sealed class LibreOfficeTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("libreoffice-");

    private string LayOut(RenderedAgreement rendered, string name, string mode = "-layout") =>
        LayOut(new Dictionary<string, byte[]> { [name] = rendered.Docx }, mode)[name];

    // One LibreOffice for every document: starting it is most of the time a conversion takes.
    private Dictionary<string, string> LayOut(IReadOnlyDictionary<string, byte[]> documents, string mode = "-layout")
    {
        var files = documents.Select(document =>
        {
            var docx = Path.Combine(folder.FullName, document.Key + ".docx");
            File.WriteAllBytes(docx, document.Value);
            return docx;
        }).ToList();

        // A profile of its own, so a LibreOffice the developer has open does not take over the conversion.
        var profile = new Uri(Path.Combine(folder.FullName, "profiel")).AbsoluteUri;
        ExternalTool.Run("soffice",
            [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder.FullName, .. files],
            TimeSpan.FromMinutes(4));
        return documents.Keys.ToDictionary(name => name, name =>
        {
            var pdf = Path.Combine(folder.FullName, name + ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice did not lay out {name}.docx as PDF.");
            return ExternalTool.Run("pdftotext", [mode, pdf, "-"], TimeSpan.FromSeconds(30));
        });
    }

    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void Draft_OpensInLibreOffice_WithMarkingAndPageNumbersOnEveryPage(string example)
    {
        var rendered = TestTemplates.Compose(TestTemplates.Example(example), TestTemplates.Draft(2));

        var pages = LayOut(rendered, example).Split('\f', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.True(pages.Length > 1, "An agreement fills more than one page.");
        for (var page = 1; page <= pages.Length; page++)
        {
            Assert.Contains("CONCEPT — versie 2", pages[page - 1], StringComparison.Ordinal);
            Assert.Contains($"pagina {page} van {pages.Length}", pages[page - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Final_OpensInLibreOffice_WithoutMarking()
    {
        var example = TestTemplates.ExampleNames.First();
        var rendered = TestTemplates.Compose(TestTemplates.Example(example), RenderOptions.Final(3, TestTemplates.FixedTime, "Jurist"));

        var text = LayOut(rendered, example);

        Assert.DoesNotContain("CONCEPT", text, StringComparison.Ordinal);
        Assert.Contains("Aldus overeengekomen", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestTemplates.Examples), MemberType = typeof(TestTemplates))]
    public void TableColumns_AreWideEnough_ThatNoWordInACellIsBrokenOrCutOff(string example)
    {
        // Word sets the tables in Calibri; LibreOffice needs its metric twin Carlito to lay them out the same width.
        Assert.True(ExternalTool.Run("fc-list", [], TimeSpan.FromSeconds(30)).Contains("Carlito", StringComparison.Ordinal),
            "The font Carlito is missing, so LibreOffice would measure the tables in another font: apt-get install fonts-crosextra-carlito (.ci/run does).");
        var rendered = TestTemplates.Compose(TestTemplates.Example(example), TestTemplates.Draft());
        var text = LayOut(rendered, example, "-raw");
        var words = rendered.Markdown.Split('\n').Where(line => line.StartsWith('|') && !line.StartsWith("|-", StringComparison.Ordinal))
            .SelectMany(line => System.Text.RegularExpressions.Regex.Matches(line, @"\p{L}{8,}").Select(m => m.Value))
            .Distinct(StringComparer.Ordinal);

        var written = System.Text.RegularExpressions.Regex.Replace(rendered.Markdown, @"\{#[a-z0-9.-]+\}", "");

        // A word LibreOffice had to break ("Praktijkople" / "ider") or cut off at the cell's edge is missing from the laid-out
        // text; a header row repeated on a next page only adds occurrences.
        foreach (var word in words)
        {
            Assert.True(Occurrences(text, word) >= Occurrences(written, word),
                $"{example}: '{word}' is broken or cut off in a table ({Occurrences(text, word)} of {Occurrences(written, word)} times whole).");
        }
    }

    private static int Occurrences(string text, string word) =>
        System.Text.RegularExpressions.Regex.Count(text, $@"(?<!\p{{L}}){System.Text.RegularExpressions.Regex.Escape(word)}(?!\p{{L}})");


    [Fact]
    public void Redlines_of_every_example_open_in_LibreOffice_with_both_versions_text()
    {
        var redlines = TestTemplates.ExampleNames.ToDictionary(example => example, example =>
        {
            var versions = ExampleVersions.Of(example);
            var info = new DocumentInfo("Vergelijking", "Test Jurist", ExampleVersions.NewerTime, "VERGELIJKING — versie 1 en 2", 2, "test");
            return RedlineDocx.Write(RedlineBuilder.Compare(versions.Older.Markdown, versions.Newer.Markdown),
                section => [section.Heading], info, "Test Jurist", ExampleVersions.NewerTime);
        });

        var texts = LayOut(redlines);

        foreach (var (example, text) in texts)
        {
            Assert.True(text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Length > 1, example);
            Assert.Contains("VERGELIJKING — versie 1 en 2", text, StringComparison.Ordinal);
            Assert.Contains("in een actielijst.", text, StringComparison.Ordinal);
            Assert.Contains("Zuid", text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A sentence that introduces what follows ("… als volgt:", "… voor het volgende." before a list) is never the last
    /// line of a page: Word and LibreOffice keep it with the text it introduces. Over every example and reviewed case.
    /// </summary>
    [Fact]
    public void NoPage_EndsWithASentenceThatIntroducesWhatFollows()
    {
        var documents = TestTemplates.ExampleNames.Select(name => (name, answers: TestTemplates.Example(name)))
            .Concat(TestTemplates.ReviewedCaseNames.Select(name => (name, answers: TestTemplates.ReviewedCase(name))))
            .ToDictionary(d => d.name, d => TestTemplates.Compose(d.answers, TestTemplates.Draft()).Docx);

        var laidOut = LayOut(documents);

        var endings = new List<string>();
        foreach (var (name, text) in laidOut)
        {
            var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var page = 1; page < pages.Length; page++)
            {
                // The page's last line of text above its footer ("pagina 3 van 22").
                var last = pages[page - 1].Split('\n').Select(line => line.Trim())
                    .Where(line => line.Length > 0 && !line.StartsWith("pagina ", StringComparison.Ordinal)).Last();
                if (last.EndsWith(':'))
                {
                    endings.Add($"{name}, page {page}: “{last}”");
                }
            }
        }

        Assert.True(endings.Count == 0, "Pages that end with a lead-in: " + string.Join("; ", endings));
    }

    public void Dispose() => folder.Delete(recursive: true);
}
