using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Benchmarks;

/// <summary>
/// Answers → .docx for the largest example, against the floor: zipping that same document.xml and nothing else.
/// The ratio says how much the templates, Markdown and Word writer cost on top of what any .docx costs.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private static readonly DateTimeOffset Moment = new(2026, 7, 1, 9, 30, 0, TimeSpan.Zero);

    private AgreementRenderer renderer = null!;
    private Answers answers = null!;
    private byte[] documentXml = null!;

    /// <summary>The largest example answers file, so the figure is the worst case we ship.</summary>
    public static string LargestExample()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "templates", "examples");
        return Directory.EnumerateFiles(folder, "*.json").MaxBy(path => new FileInfo(path).Length)
            ?? throw new InvalidOperationException($"No examples in {folder}.");
    }

    [GlobalSetup]
    public void Setup()
    {
        renderer = new AgreementRenderer(TemplateSet.Load(Path.Combine(AppContext.BaseDirectory, "templates", "overeenkomst")));
        answers = Answers.Parse(File.ReadAllText(LargestExample())).Answers!;
        var docx = renderer.Render(answers, RenderOptions.Draft(1, Moment, "Benchmark")).Docx;
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var part = zip.GetEntry("word/document.xml")!.Open();
        using var copy = new MemoryStream();
        part.CopyTo(copy);
        documentXml = copy.ToArray();
    }

    [Benchmark(Description = "antwoorden → .docx")]
    public byte[] Render() => renderer.Render(answers, RenderOptions.Draft(1, Moment, "Benchmark")).Docx;

    [Benchmark(Baseline = true, Description = "ondergrens: document.xml zippen")]
    public byte[] ZipDocumentXmlOnly()
    {
        using var output = new MemoryStream(32 * 1024);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            entry.Write(documentXml);
        }

        return output.ToArray();
    }
}
