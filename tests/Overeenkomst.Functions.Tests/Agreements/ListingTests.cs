using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Storage;
using Overeenkomst.Tests.Support;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>
/// GET /api/agreements from each person's index (personen/{sha256}/overeenkomsten.json) over HTTP against Azurite: the
/// same list a search of the whole store gives, for the owner, a participant, a signatory and an outsider; kept when
/// people come and go and when writes race; repaired when the index is missing or lost an entry.
/// </summary>
public sealed class ListingTests : IClassFixture<AzuriteFixture>, IDisposable
{
    private static readonly TestPerson Owner = TestPerson.Opleider;
    private static readonly TestPerson Reviewer = TestPerson.LaurensZorg;
    private static readonly TestPerson Outsider = TestPerson.ErasmusZorg;

    private readonly Azurite azurite;
    private readonly Dictionary<string, string> settings;
    private readonly FixedClock clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
    private readonly AgreementsHost host;

    public ListingTests(AzuriteFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        azurite = fixture.Azurite;
        settings = AgreementsHost.Blob(azurite.ConnectionString);
        host = new AgreementsHost(settings, clock);
    }

    private IStore Store => host.Services.GetRequiredService<IStore>();

    [Fact]
    public async Task Owner_participants_and_an_outsider_get_from_their_index_the_list_a_search_of_the_store_gives()
    {
        using var owner = host.CreateClient(Owner);
        var (alone, _) = await CreateAsync(owner);
        var (withReviewer, withReviewerETag) = await CreateAsync(owner);
        var (withJurist, withJuristETag) = await CreateAsync(owner);
        await ExpectAsync(await owner.SetParticipantsAsync(withReviewer, withReviewerETag, Owner, Reviewer), HttpStatusCode.OK);
        clock.Now += TimeSpan.FromMinutes(1);
        await ExpectAsync(await owner.SetParticipantsAsync(withJurist, withJuristETag, Owner, TestPerson.Jurist), HttpStatusCode.OK);
        clock.Now += TimeSpan.FromMinutes(1);
        await ExpectAsync(await owner.SaveAnswersAsync(alone, ExampleAnswers.LaurensNamed("Eerst gewijzigd"), (await owner.GetAgreementAsync(alone)).ETag), HttpStatusCode.OK);

        var expected = new Dictionary<TestPerson, string[]>
        {
            [Owner] = [alone, withJurist, withReviewer],
            [Reviewer] = [withReviewer],
            [TestPerson.Jurist] = [withJurist],
            [Outsider] = [],
        };
        foreach (var (person, ids) in expected)
        {
            clock.Now += TimeSpan.FromSeconds(1);
            var searched = await SearchedListAsync(person);
            var indexed = await ListAsync(person);

            Assert.Equal(ids, indexed.Select(Id));
            Assert.Equal(searched.Select(summary => summary.ToJsonString()), indexed.Select(summary => summary.ToJsonString()));
            Assert.Equal(ids.Order(), (await IndexedIdsAsync(person)).Order());
        }
    }

    [Fact]
    public async Task A_participant_who_is_removed_no_longer_finds_the_agreement_and_their_index_lets_it_go_once_settled()
    {
        using var owner = host.CreateClient(Owner);
        var (id, etag) = await CreateAsync(owner);
        using var added = await owner.SetParticipantsAsync(id, etag, Owner, Reviewer);
        await ExpectAsync(added, HttpStatusCode.OK);
        Assert.Equal([id], (await ListAsync(Reviewer)).Select(Id));

        await ExpectAsync(await owner.SetParticipantsAsync(id, added.Headers.ETag!.Tag, Owner), HttpStatusCode.OK);
        var afterRemoval = await ListAsync(Reviewer);
        clock.Now += TimeSpan.FromMinutes(6);
        var settled = await ListAsync(Reviewer);

        Assert.Empty(afterRemoval);
        Assert.Empty(settled);
        Assert.Empty(await IndexedIdsAsync(Reviewer));
        Assert.Equal([id], (await ListAsync(Owner)).Select(Id));
    }

    [Fact]
    public async Task A_person_whose_index_is_missing_gets_it_rebuilt_by_one_search_of_the_store()
    {
        using var owner = host.CreateClient(Owner);
        var (first, _) = await CreateAsync(owner);
        var (second, _) = await CreateAsync(owner);
        var before = await ListAsync(Owner);

        // As a store written before the indexes, or one whose index was lost.
        await DeleteIndexAsync(Owner);
        var rebuilt = await ListAsync(Owner);

        Assert.Equal(before.Select(Id), rebuilt.Select(Id));
        Assert.Equal(new[] { first, second }.Order(), (await IndexedIdsAsync(Owner)).Order());
        Assert.Equal(1, (await IndexAsync(Owner))!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_index_that_lost_an_entry_before_a_search_completed_is_repaired_by_the_search_its_version_asks_for()
    {
        using var owner = host.CreateClient(Owner);
        var (kept, _) = await CreateAsync(owner);
        var (lost, _) = await CreateAsync(owner);
        await ListAsync(Owner);

        // As an index written by writes alone while an older build wrote the other agreement: one entry, never searched.
        var file = (await Store.ReadAsync(AgreementLayout.PersonIndex(Owner.Email)))!;
        var index = JsonNode.Parse(file.Content.ToString())!;
        index["version"] = 0;
        index["agreements"] = new JsonArray(index["agreements"]!.AsArray().Where(entry => (string?)entry!["id"] == kept).Select(entry => entry!.DeepClone()).ToArray());
        Assert.NotNull(await Store.WriteAsync(AgreementLayout.PersonIndex(Owner.Email), BinaryData.FromString(index.ToJsonString()),
            WriteCondition.Replace(file.ETag), new Dictionary<string, string>()));
        Assert.Equal([kept], await IndexedIdsAsync(Owner));

        var repaired = await ListAsync(Owner);

        Assert.Equal(new[] { kept, lost }.Order(), repaired.Select(Id).Order());
        Assert.Equal(new[] { kept, lost }.Order(), (await IndexedIdsAsync(Owner)).Order());
    }

    [Fact]
    public async Task A_person_added_to_eight_agreements_at_once_finds_all_eight_in_their_index()
    {
        using var owner = host.CreateClient(Owner);
        var created = new List<(string Id, string ETag)>();
        for (var i = 0; i < 8; i++)
        {
            created.Add(await CreateAsync(owner));
        }

        // The reviewer's index is searched and complete before the race, so the list shows only what the racing writes kept.
        Assert.Empty(await ListAsync(Reviewer));
        var responses = await Task.WhenAll(created.Select(agreement => owner.SetParticipantsAsync(agreement.Id, agreement.ETag, Owner, Reviewer)));
        var statuses = responses.Select(response => response.StatusCode).ToList();
        Array.ForEach(responses, response => response.Dispose());

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(created.Select(agreement => agreement.Id).Order(), (await IndexedIdsAsync(Reviewer)).Order());
        Assert.Equal(created.Select(agreement => agreement.Id).Order(), (await ListAsync(Reviewer)).Select(Id).Order());
        Assert.Equal(1, (await IndexAsync(Reviewer))!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_signatory_who_takes_no_part_finds_the_final_in_an_index_searched_before_finalising()
    {
        var id = await Signing.SigningClient.ApprovedAsync(host, Signing.SigningClient.Answers, "Laurens", "Albeda");
        var signer = Signing.SigningClient.LaurensSigner;
        Assert.Empty(await ListAsync(signer));

        using var jurist = host.CreateClient(TestPerson.Jurist);
        await ExpectAsync(await jurist.FinalizeAsync(id), HttpStatusCode.Created);

        Assert.Equal([id], (await ListAsync(signer)).Select(Id));
        Assert.Equal([id], await IndexedIdsAsync(signer));
    }

    public void Dispose() => host.Dispose();

    private static string Id(JsonNode summary) => (string)summary["id"]!;

    private static async Task<(string Id, string ETag)> CreateAsync(HttpClient owner) => await owner.CreateAsync(ExampleAnswers.Laurens);

    private async Task<JsonNode[]> ListAsync(TestPerson person)
    {
        using var client = host.CreateClient(person);
        return [.. (await client.GetFromJsonAsync<JsonArray>("/api/agreements"))!.Select(summary => summary!)];
    }

    // The list as every listing made it before the indexes: a search of the whole store, which a missing index asks for.
    private async Task<JsonNode[]> SearchedListAsync(TestPerson person)
    {
        await DeleteIndexAsync(person);
        return await ListAsync(person);
    }

    private async Task DeleteIndexAsync(TestPerson person) =>
        await new BlobContainerClient(azurite.ConnectionString, settings["Storage:Container"]).DeleteBlobIfExistsAsync(AgreementLayout.PersonIndex(person.Email));

    private async Task<JsonNode?> IndexAsync(TestPerson person) =>
        await Store.ReadAsync(AgreementLayout.PersonIndex(person.Email)) is { } file ? JsonNode.Parse(file.Content.ToString()) : null;

    private async Task<string[]> IndexedIdsAsync(TestPerson person) =>
        await IndexAsync(person) is { } index ? [.. index["agreements"]!.AsArray().Select(entry => (string)entry!["id"]!)] : [];
}
