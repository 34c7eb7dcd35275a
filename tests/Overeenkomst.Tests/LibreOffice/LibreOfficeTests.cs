using Overeenkomst.Rendering;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.LibreOffice;

/// <summary>A second, independent reader: LibreOffice opens every example and lays it out as the parties will print it.</summary>
public sealed class LibreOfficeTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("libreoffice-");

    private string LayOut(RenderedAgreement rendered, string name)
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
        return ExternalTool.Run("pdftotext", ["-layout", pdf, "-"], TimeSpan.FromSeconds(30));
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

    public void Dispose() => folder.Delete(recursive: true);
}
