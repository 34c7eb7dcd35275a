using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Review;
using Overeenkomst.Functions.Tests.Storage;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>
/// What goes into blob metadata stays within Azure's 8 KiB, measured on the blobs Azurite keeps (Azurite itself does not
/// refuse more): a name beyond the title's bound is refused in Dutch, the largest participants list the app accepts fits.
/// </summary>
public sealed class MetadataBoundsApiTests(AzuriteFixture azurite) : OpleiderOnAzurite(azurite)
{
    private const int AzureLimit = 8 * 1024;

    private static string LaurensNamed(string name) => ExampleAnswers.LaurensNamed(name);

    // The size Azure counts for a blob: every metadata name and value as sent.
    private async Task<int> MetadataSizeAsync(string path)
    {
        var blob = new BlobContainerClient(Azurite.ConnectionString, Settings["Storage:Container"]).GetBlobClient(path);
        var metadata = (await blob.GetPropertiesAsync()).Value.Metadata;
        return metadata.Sum(pair => Encoding.UTF8.GetByteCount(pair.Key) + Encoding.UTF8.GetByteCount(pair.Value));
    }

    [Fact]
    public async Task A_name_too_long_for_the_title_is_refused_with_422_in_Dutch_on_create_and_save()
    {
        var tooLong = new string('é', AgreementTitle.MaxNameLength + 1);
        var (id, etag) = await Client.CreateAsync(ExampleAnswers.Laurens);

        using var create = await Client.PostAsync("/api/agreements", Json(LaurensNamed(tooLong)));
        using var save = await Client.SaveAnswersAsync(id, LaurensNamed(tooLong), etag);

        foreach (var response in new[] { create, save })
        {
            Assert.Equal(Messages.AnswersInvalidTitle, await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity));
            var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
            Assert.Equal(Messages.TitleTooLong(AgreementTitle.MaxNameLength, AgreementTitle.MaxNameLength + 1),
                errors.GetProperty("naam_leerwerkplek")[0].GetString());
        }

        Assert.Equal(etag, (await Client.GetAgreementAsync(id)).ETag);
    }

    [Fact]
    public async Task The_longest_title_and_the_largest_participants_list_the_app_accepts_fit_in_the_metadata_of_every_blob()
    {
        // Every participant speaks for a party: Laurens' short name is as long as an organisation may be.
        var longestParty = new string('L', ParticipantsCheck.MaxLength);
        var (id, etag) = await Client.CreateAsync(WithShortName(LaurensNamed(new string('€', AgreementTitle.MaxNameLength)), longestParty));
        var participants = Enumerable.Range(1, ParticipantsCheck.MaxParticipants - 1)
            .Select(i => new JsonObject
            {
                ["email"] = new string('x', ParticipantsCheck.MaxLength - 18) + $"{i:00}@laurens.example",
                ["organisation"] = longestParty,
                ["role"] = "zorg",
            })
            .Prepend(JsonSerializer.SerializeToNode(TestPerson.Opleider.AsParticipant())!.AsObject());
        using var set = await Client.SetParticipantsAsync(id, etag, new JsonObject { ["participants"] = new JsonArray([.. participants]) }.ToJsonString());
        await ReviewClient.ExpectAsync(set, HttpStatusCode.OK);
        var agreementSize = await MetadataSizeAsync($"{id}/agreement.json");
        // A draft needs valid answers: the longest name the questionnaire itself allows, and a short name it allows.
        using var renamed = await Client.SaveAnswersAsync(id, LaurensNamed(new string('€', 150)), set.Headers.ETag!.Tag);
        var version = await Client.CreateVersionAsync(id);

        Assert.True(agreementSize <= AzureLimit, $"{agreementSize} bytes");
        Assert.True(await MetadataSizeAsync($"{id}/versions/{version.GetProperty("number").GetInt32()}.docx") <= AzureLimit);
        var listed = JsonDocument.Parse(await Client.GetStringAsync("/api/agreements")).RootElement;
        Assert.Contains(listed.EnumerateArray(), agreement => agreement.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task A_sign_in_whose_address_is_longer_than_any_participant_may_have_is_not_signed_in()
    {
        using var client = Host.CreateClient(TestPerson.Opleider with { Email = new string('a', ParticipantsCheck.MaxLength) + "@albeda.example" });

        using var response = await client.PostAsync("/api/agreements", content: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string WithShortName(string answers, string shortName)
    {
        var root = JsonNode.Parse(answers)!;
        root["partijen"]![0]!["korte_naam"] = shortName;
        return root.ToJsonString();
    }
}
