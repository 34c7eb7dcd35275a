using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Overeenkomst.Checking;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Loading;
using Overeenkomst.Questionnaire.Validation;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Benchmarks;

/// <summary>
/// The largest example, from answers to .docx: the check alone (validation + quality check), the whole render as every host
/// does it (check, then templates, Markdown and Word), and the floor — zipping that document.xml and nothing else — so the
/// ratio says how much our pipeline costs on top of what any .docx costs. Each under the default GC settings and under
/// the handler's (<see cref="HandlerGcConfig"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(HandlerGcConfig))]
public class RenderBenchmarks
{
    private static readonly DateTimeOffset Moment = new(2026, 7, 1, 9, 30, 0, TimeSpan.Zero);

    private AnswerChecker checker = null!;
    private AgreementComposer composer = null!;
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
        var templates = Path.Combine(AppContext.BaseDirectory, "templates");
        checker = new AnswerChecker(QuestionnaireLoader.Load(Path.Combine(templates, "vragenlijst", QuestionnaireLoader.FileName)));
        composer = new AgreementComposer(new AnswerValidator(checker.Definition), new AgreementRenderer(TemplateSet.Load(Path.Combine(templates, "overeenkomst"))));
        answers = Answers.Parse(File.ReadAllText(LargestExample())).Answers!;
        using var zip = new ZipArchive(new MemoryStream(Render()), ZipArchiveMode.Read);
        using var part = zip.GetEntry("word/document.xml")!.Open();
        using var copy = new MemoryStream();
        part.CopyTo(copy);
        documentXml = copy.ToArray();
    }

    [Benchmark(Description = "controle: validatie + kwaliteitstoets")]
    public AnswerCheckResult Check() => checker.Check(answers);

    [Benchmark(Description = "antwoorden → .docx (controle + opstellen)")]
    public byte[] Render() =>
        composer.Compose(answers, RenderOptions.Draft(1, Moment, "Benchmark")).Agreement?.Docx
        ?? throw new InvalidOperationException("The largest example is not valid.");

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
