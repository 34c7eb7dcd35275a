using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Questionnaire;
using Overeenkomst.Storage;

namespace Overeenkomst.Benchmarks;

/// <summary>
/// What <c>GET /api/agreements</c> costs a person with five agreements in a store that holds <see cref="Others"/> agreements
/// of other people, in Azure Blob Storage (Azurite) and in a folder: from their index (every listing after their first);
/// beside it the floor, one metadata read of one of their agreements.
/// </summary>
/// <remarks>
/// The others are written as their <c>agreement.json</c> alone (one request each, through <see cref="OnlyAgreements"/>),
/// so that 10 000 fit in minutes; a real store holds their logs, versions and indexes too, which a listing from the index
/// never reads. The person's own five are made as the product makes them.
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(P99Config))]
[SimpleJob(RunStrategy.Monitoring, warmupCount: 2, iterationCount: 20, invocationCount: 4)]
public class ListingBenchmarks
{
    private const int Own = 5;
    private static readonly Actor Person = new("lijst@overeenkomst.example", "Lijst");

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("benchmark-lijst-");
    private Azurite? azurite;
    private IStore? store;
    private AgreementArchive? agreements;
    private AgreementId own;

    /// <summary>How many agreements of other people the store holds.</summary>
    [Params(100, 2_000, 10_000)]
    public int Others { get; set; }

    /// <summary>The store: azurite or folder.</summary>
    [Params("azurite", "folder")]
    public string Store { get; set; } = "azurite";

    [GlobalSetup]
    public async Task FillTheStoreAsync()
    {
        if (Store == "azurite")
        {
            azurite = await Azurite.StartAsync();
            store = new BlobStore(azurite.ConnectionString, "overeenkomsten");
        }
        else
        {
            store = new FolderStore(folder.FullName);
        }

        agreements = new AgreementArchive(store, TimeProvider.System);
        var answers = Answers.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "examples", "laurens-albeda.json"))).Answers!;

        // Each other agreement has an owner of its own, as in a store many schools share.
        var others = new AgreementArchive(new OnlyAgreements(store), TimeProvider.System);
        await Parallel.ForEachAsync(Enumerable.Range(0, Others), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, cancellationToken) =>
            await others.CreateAsync(answers, new Actor($"ander{i}@overeenkomst.example", $"Ander {i}"), "Albeda", cancellationToken));
        for (var i = 0; i < Own; i++)
        {
            _ = AgreementId.TryParse((await agreements.CreateAsync(answers, Person, "Albeda")).Value.Id, out own);
        }

        // The person's first listing searches the store once and completes their index, as on their first visit.
        if ((await agreements.ListAsync(Person.Email)).Count != Own)
        {
            throw new InvalidOperationException("The person's own agreements are not all listed.");
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<int> FromTheIndex() => Checked((await agreements!.ListAsync(Person.Email)).Count, Own);

    /// <summary>The floor: one of the six requests a listing of five makes.</summary>
    [Benchmark]
    public async Task<int> OneMetadataRead() => (await store!.ReadMetadataAsync(AgreementLayout.Agreement(own)))!.Count;

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        folder.Delete(recursive: true);
    }

    private static int Checked(int count, int expected) =>
        count == expected ? count : throw new InvalidOperationException($"Listed {count} agreements instead of {expected}.");

    // Passes on only the writes of agreement.json: the others' logs and indexes are left out to fill the store quickly.
    private sealed class OnlyAgreements(IStore inner) : IStore
    {
        public Task<StoredFile?> ReadAsync(string path, CancellationToken cancellationToken = default) => Task.FromResult<StoredFile?>(null);

        public Task<IReadOnlyDictionary<string, string>?> ReadMetadataAsync(string path, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyDictionary<string, string>?>(null);

        public Task<string?> WriteAsync(string path, BinaryData content, WriteCondition condition, IReadOnlyDictionary<string, string> metadata,
            CancellationToken cancellationToken = default) =>
            path.EndsWith("/" + AgreementLayout.AgreementFile, StringComparison.Ordinal)
                ? inner.WriteAsync(path, content, condition, metadata, cancellationToken)
                : Task.FromResult<string?>("left-out");

        public IAsyncEnumerable<StoredEntry> ListAsync(string prefix, CancellationToken cancellationToken = default) => AsyncEnumerable.Empty<StoredEntry>();

        public Task AppendAsync(string path, BinaryData line, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class P99Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public P99Config() => AddColumn(new P99Column());
    }
}
