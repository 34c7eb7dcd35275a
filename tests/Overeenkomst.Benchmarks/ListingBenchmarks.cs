using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Questionnaire;
using Overeenkomst.Storage;

namespace Overeenkomst.Benchmarks;

/// <summary>
/// What <c>GET /api/agreements</c> costs a person with five agreements in a store that holds <see cref="Others"/> agreements
/// of other people, in Azure Blob Storage (Azurite) and in a folder: from their index (every listing after their first),
/// and the search of the whole store that a person without an index gets once (what every listing cost before).
/// </summary>
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
    private AgreementArchive? agreements;
    private int newcomers;

    /// <summary>How many agreements of other people the store holds.</summary>
    [Params(100, 2_000, 10_000)]
    public int Others { get; set; }

    /// <summary>The store: azurite or folder.</summary>
    [Params("azurite", "folder")]
    public string Store { get; set; } = "azurite";

    [GlobalSetup]
    public async Task FillTheStoreAsync()
    {
        IStore store;
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

        // Each other agreement has an owner of its own, as in a store many schools share; made as the product makes them.
        await Parallel.ForEachAsync(Enumerable.Range(0, Others + Own), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, cancellationToken) =>
        {
            var owner = i < Own ? Person : new Actor($"ander{i}@overeenkomst.example", $"Ander {i}");
            await agreements.CreateAsync(answers, owner, "Albeda", cancellationToken);
        });

        // The person's first listing searches the store once and completes their index, as on their first visit.
        if ((await agreements.ListAsync(Person.Email)).Count != Own)
        {
            throw new InvalidOperationException("The person's own agreements are not all listed.");
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<int> FromTheIndex() => Checked((await agreements!.ListAsync(Person.Email)).Count, Own);

    /// <summary>A person who has no index yet (a new address each time): the one search of the whole store.</summary>
    [Benchmark]
    public async Task<int> FirstListingSearchesTheStore() =>
        Checked((await agreements!.ListAsync($"nieuw{Interlocked.Increment(ref newcomers)}@overeenkomst.example")).Count, 0);

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

    private sealed class P99Config : BenchmarkDotNet.Configs.ManualConfig
    {
        public P99Config() => AddColumn(new P99Column());
    }
}
