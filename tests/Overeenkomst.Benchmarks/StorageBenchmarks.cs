using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Overeenkomst.Agreements;
using Overeenkomst.Checking;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Loading;
using Overeenkomst.Questionnaire.Validation;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;
using Overeenkomst.Storage;

namespace Overeenkomst.Benchmarks;

/// <summary>
/// What a person waits for against Azure Blob Storage (Azurite on this machine): saving answers, and rendering and
/// storing a draft version. Each iteration renders versions of a fresh agreement, as a real one has a handful, not thousands.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(P99Config))]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 2, iterationCount: 40, invocationCount: 8)]
public class StorageBenchmarks
{
    private static readonly Actor Benchmarker = new("benchmark@overeenkomst.example", "Benchmark");

    private Azurite? azurite;
    private AgreementArchive? agreements;
    private VersionArchive? versions;
    private Answers? answers;
    private AgreementId id;
    private string etag = "";

    [GlobalSetup]
    public async Task StartAzuriteAsync()
    {
        azurite = await Azurite.StartAsync();
        var store = new BlobStore(azurite.ConnectionString, "overeenkomsten");
        var templates = TemplateSet.Load(Path.Combine(AppContext.BaseDirectory, "templates", "overeenkomst"));
        agreements = new AgreementArchive(store, TimeProvider.System);
        var questionnaire = QuestionnaireLoader.Load(Path.Combine(AppContext.BaseDirectory, "templates", "vragenlijst", QuestionnaireLoader.FileName));
        var renderer = new AgreementRenderer(templates);
        versions = new VersionArchive(store, new AgreementComposer(new AnswerValidator(questionnaire), renderer), new TemplateArchive(store, renderer),
            TimeProvider.System);
        answers = Answers.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "examples", "laurens-albeda.json"))).Answers!;
    }

    [IterationSetup]
    public void CreateAgreement()
    {
        var created = agreements!.CreateAsync(answers!, Benchmarker, "Overeenkomst").GetAwaiter().GetResult();
        if (!AgreementId.TryParse(created.Value.Id, out id))
        {
            throw new InvalidOperationException($"The store gave an agreement id of the wrong shape: {created.Value.Id}");
        }

        etag = created.ETag;
    }

    [Benchmark]
    public async Task SaveAnswers()
    {
        // As the endpoint does: read the agreement (the access check), then the conditional write and the log line.
        var current = await agreements!.ReadAsync(id) ?? throw new InvalidOperationException("The agreement is gone.");
        var saved = await agreements.SaveAnswersAsync(id, current, answers!, etag, Benchmarker);
        etag = saved.Agreement?.ETag ?? throw new InvalidOperationException($"The save was {saved.Outcome}.");
    }

    [Benchmark]
    public async Task<VersionRecord> RenderAndStoreVersion() =>
        (await versions!.CreateDraftAsync(id, (await agreements!.ReadAsync(id))!.Value, Benchmarker)).Version
        ?? throw new InvalidOperationException("The example answers did not render.");

    [GlobalCleanup]
    public async Task StopAzuriteAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    private sealed class P99Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public P99Config() => AddColumn(new P99Column());
    }
}
