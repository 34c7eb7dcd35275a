using System.Net;
using Overeenkomst.Functions.Tests.Storage;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>What a person sees when Azure Storage goes away in the middle of their work: 503, Retry-After, nothing half-written.</summary>
public sealed class StorageOutageTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    // The test stops and restarts this Azurite, so it is this class's own, not shared with the other storage tests.
    private Azurite Azurite => azurite.Azurite;

    [Fact]
    public async Task When_storage_stops_the_API_answers_503_with_Retry_After_and_leaves_no_partial_version()
    {
        using var host = new AgreementsHost(AgreementsHost.Blob(Azurite.ConnectionString));
        using var client = host.CreateClient(TestPerson.Opleider);
        var (id, etag) = await client.CreateAsync(ExampleAnswers.Laurens);
        await client.CreateVersionAsync(id);

        await Azurite.StopAsync();
        using var version = await client.PostAsync($"/api/agreements/{id}/versions", content: null);
        using var save = await client.SaveAnswersAsync(id, ExampleAnswers.ErasmusMc, etag);
        using var read = await client.GetAsync($"/api/agreements/{id}");
        using var list = await client.GetAsync("/api/agreements");
        await Azurite.RestartAsync();

        foreach (var response in new[] { version, save, read, list })
        {
            Assert.Equal(Messages.StorageUnavailableTitle, await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable));
            Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter!.Delta);
        }

        Assert.Equal(new[] { 1 }, await client.VersionNumbersAsync(id));
        Assert.Equal(etag, (await client.GetAgreementAsync(id)).ETag);
        var next = await client.CreateVersionAsync(id);
        using var document = await client.GetAsync(next.GetProperty("document").GetString());
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
    }
}
