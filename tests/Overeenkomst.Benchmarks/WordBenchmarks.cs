using BenchmarkDotNet.Attributes;
using Markdig.Syntax;
using Overeenkomst.Checking;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Loading;
using Overeenkomst.Questionnaire.Validation;
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
        var checker = new AnswerChecker(QuestionnaireLoader.Load(Path.Combine(templates, "vragenlijst", QuestionnaireLoader.FileName)));
        var composer = new AgreementComposer(new AnswerValidator(checker.Definition), new AgreementRenderer(TemplateSet.Load(Path.Combine(templates, "overeenkomst"))));
        var answers = Answers.Parse(File.ReadAllText(RenderBenchmarks.LargestExample())).Answers!;
        var agreement = composer.Compose(answers, RenderOptions.Draft(1, Moment, "Benchmark")).Agreement
            ?? throw new InvalidOperationException("The largest example is not valid.");
        document = AgreementMarkdown.Parse(agreement.Markdown);
        info = new DocumentInfo("Benchmark", "Benchmark", Moment, "CONCEPT", 1, "Benchmark");
    }

    [Benchmark(Description = "Markdown-boom → .docx (alleen Word)")]
    public byte[] Write() => writer.Write(document, info);
}
