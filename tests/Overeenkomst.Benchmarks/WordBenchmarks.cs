using BenchmarkDotNet.Attributes;
using Markdig.Syntax;
using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Docx;
using Overeenkomst.Rendering.Markdown;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Benchmarks;

/// <summary>
/// The Word step alone: the largest example's Markdown, parsed once, written as a .docx. What the Word writer costs of a
/// render, apart from the templates and the Markdown parser before it.
/// </summary>
[MemoryDiagnoser]
public class WordBenchmarks
{
    private static readonly DateTimeOffset Moment = new(2026, 7, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly DocxWriter writer = new(AgreementMarkdown.Pipeline);
    private MarkdownDocument document = null!;
    private DocumentInfo info = null!;

    [GlobalSetup]
    public void Setup()
    {
        var templates = Path.Combine(AppContext.BaseDirectory, "templates");
        var renderer = new AgreementRenderer(TemplateSet.Load(Path.Combine(templates, "overeenkomst")));
        var answers = Answers.Parse(File.ReadAllText(RenderBenchmarks.LargestExample())).Answers!;
        document = AgreementMarkdown.Parse(renderer.RenderMarkdown(answers));
        info = new DocumentInfo("Benchmark", "Benchmark", Moment, "CONCEPT", 1, "Benchmark");
    }

    [Benchmark(Description = "Markdown-boom → .docx (alleen Word)")]
    public byte[] Write() => writer.Write(document, info);
}
