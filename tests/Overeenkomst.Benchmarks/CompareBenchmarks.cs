using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Clauses;
using Overeenkomst.Agreements.Comparing;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Loading;
using Overeenkomst.Questionnaire.Validation;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Rendering.Templates;
using Overeenkomst.Storage;

namespace Overeenkomst.Benchmarks;

/// <summary>
/// Comparing two versions of the largest example, as the compare endpoints do once both versions are read: the redline
/// (parse both, align, diff words), the explanation of each changed article (both answers checked, reads of the
/// templates), and writing it as HTML or as Word with tracked changes. Version 2 has four answers changed (one of them
/// removes an annex) and a jurist's edit of an article and of a member.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CompareBenchmarks
{
    private static readonly DateTimeOffset Moment = new(2026, 7, 1, 9, 30, 0, TimeSpan.Zero);

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benchmark-vergelijken-");
    private VersionComparer comparer = null!;
    private ComparedVersion older = null!;
    private ComparedVersion newer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var templatesFolder = Path.Combine(AppContext.BaseDirectory, "templates");
        var validator = new AnswerValidator(QuestionnaireLoader.Load(Path.Combine(templatesFolder, "vragenlijst", QuestionnaireLoader.FileName)));
        var templates = TemplateSet.Load(Path.Combine(templatesFolder, "overeenkomst"));
        var renderer = new AgreementRenderer(templates);
        var composer = new AgreementComposer(validator, renderer);
        var store = new FolderStore(folder.FullName);
        comparer = new VersionComparer(new VersionArchive(store, composer, new TemplateArchive(store, renderer), TimeProvider.System), validator, templates, composer);

        var json = File.ReadAllText(RenderBenchmarks.LargestExample());
        var first = Answers.Parse(json).Answers!;
        var firstRender = composer.Compose(first, RenderOptions.Draft(1, Moment, "Benchmark")).Agreement!;
        var clauses = ClauseReader.Read(firstRender.Markdown);
        var articles = clauses.Where(clause => clause.Kind == ClauseKind.Article).ToList();
        var member = clauses.First(clause => clause.Kind == ClauseKind.Member && ClauseIds.ArticleOf(clause.Id) == articles[4].Id);
        var edits = new List<ClauseEdit>
        {
            new(articles[2].Id, "Partijen stemmen dit jaarlijks af.\n\nZij leggen het vast:\n- in een verslag;\n- in een actielijst.", "Benchmark", "b@example.nl", "Benchmark", Moment, ""),
            new(member.Id, "Partijen leggen dit vast in een aparte brief.", "Benchmark", "b@example.nl", "Benchmark", Moment, ""),
        };

        var changed = JsonNode.Parse(json)!.AsObject();
        changed["naam_leerwerkplek"] = changed["naam_leerwerkplek"]!.GetValue<string>() + " Zuid";
        changed["mediation"] = !(changed["mediation"]?.GetValue<bool>() ?? true);
        changed["partijen"]![0]!["vertegenwoordiger_naam"] = "mevrouw mr. A. de Wit";
        changed["overleggen"]![0]!["frequentie"] = "Vier keer per jaar";
        var second = Answers.Parse(changed.ToJsonString()).Answers!;
        var secondRender = composer.Compose(second, RenderOptions.Draft(2, Moment.AddDays(7), "Benchmark") with { Edits = ClauseEditMap.Of(edits) }).Agreement!;

        older = Version(1, firstRender, first, []);
        newer = Version(2, secondRender, second, edits);
    }

    [GlobalCleanup]
    public void Cleanup() => folder.Delete(recursive: true);

    [Benchmark(Description = "vergelijken: versie 1 → 2 als HTML")]
    public string Html() => comparer.Compare(older, newer).ToHtml();

    [Benchmark(Description = "vergelijken: versie 1 → 2 als .docx met bijgehouden wijzigingen")]
    public byte[] Docx() => comparer.Compare(older, newer).ToDocx();

    private static ComparedVersion Version(int number, RenderedAgreement rendered, Answers answers, IReadOnlyList<ClauseEdit> edits) =>
        new(new VersionRecord(number, VersionRecord.Concept, rendered.Sha256, rendered.TemplateVersion, Moment.AddDays(number), "b@example.nl", rendered.Title),
            rendered.Markdown, answers.Root, edits, "Benchmark");
}
