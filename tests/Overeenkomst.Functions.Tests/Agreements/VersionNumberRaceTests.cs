using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Finalising;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Storage;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>
/// A version whose number others keep taking has lost a race, as a save with a stale ETag has: 409 with a Dutch
/// explanation, nothing half-written, and the same request made again works.
/// </summary>
public sealed class VersionNumberRaceTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-race-");
    private readonly CountingStore store;
    private readonly WebApplicationFactory<Program> host;

    public VersionNumberRaceTests()
    {
        store = new CountingStore(new FolderStore(folder.FullName));
        host = new AgreementsHost(AgreementsHost.Folder(folder.FullName))
            .WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IStore>(store)));
    }

    [Fact]
    public async Task A_draft_whose_number_others_keep_taking_is_answered_409_and_the_next_try_makes_version_1()
    {
        using var owner = Client(TestPerson.Opleider);
        var (id, _) = await owner.CreateAsync(ExampleAnswers.Laurens);

        store.Taken = IsVersionSnapshot;
        using var lost = await owner.PostAsync($"/api/agreements/{id}/versions", content: null);
        store.Taken = null;

        Assert.Equal(Messages.VersionConflictTitle, await AssertProblemAsync(lost, HttpStatusCode.Conflict));
        Assert.Empty(await owner.VersionNumbersAsync(id));
        Assert.Equal(1, (await owner.CreateVersionAsync(id)).GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task A_final_whose_number_drafts_keep_taking_is_answered_409_and_the_next_try_finishes_it()
    {
        using var owner = Client(TestPerson.Opleider);
        using var laurens = Client(TestPerson.LaurensZorg);
        using var jurist = Client(TestPerson.Jurist);
        var id = await ApprovedAgreement.CreateAsync(owner, laurens);

        store.Taken = IsVersionSnapshot;
        using var lost = await jurist.FinalizeAsync(id);
        store.Taken = null;

        Assert.Equal(Messages.VersionConflictTitle, await AssertProblemAsync(lost, HttpStatusCode.Conflict));
        Assert.Equal(new[] { 1 }, await owner.VersionNumbersAsync(id));
        await ExpectAsync(await jurist.FinalizeAsync(id), HttpStatusCode.Created);
        Assert.Equal(new[] { 1, 2 }, await owner.VersionNumbersAsync(id));
    }

    public void Dispose()
    {
        host.Dispose();
        folder.Delete(recursive: true);
    }

    // A version's number is claimed by creating its snapshot, versions/{n}.json.
    private static bool IsVersionSnapshot(string path) => path.Contains("/versions/", StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.Ordinal);

    private HttpClient Client(TestPerson person)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(TestPerson.Header, person.Principal());
        return client;
    }
}
