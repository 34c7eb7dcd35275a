using Overeenkomst.Rendering;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.LibreOffice;

/// <summary>A second, independent reader: LibreOffice opens every example and lays it out as the parties will print it.</summary>
public sealed class LibreOfficeTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("libreoffice-");

    private string LayOut(RenderedAgreement rendered, string name, string mode = "-layout")
    {
        var docx = Path.Combine(folder.FullName, name + ".docx");
        File.WriteAllBytes(docx, rendered.Docx);
        // A profile of its own, so a LibreOffice the developer has open does not take over the conversion.
        var profile = new Uri(Path.Combine(folder.FullName, "profiel")).AbsoluteUri;
        ExternalTool.Run("soffice",
            [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", folder.FullName, docx],
            TimeSpan.FromMinutes(2));
        var pdf = Path.Combine(folder.FullName, name + ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice did not lay out {name}.docx as PDF.");
        return ExternalTool.Run("pdftotext", [mode, pdf, "-"], TimeSpan.FromSeconds(30));
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

    public void Dispose() => folder.Delete(recursive: true);
}
