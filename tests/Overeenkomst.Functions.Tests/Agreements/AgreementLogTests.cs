using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Functions.Tests.Storage;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>The log keeps every save, each saying which questions it changed, with their labels; against Azurite.</summary>
public sealed class AgreementLogTests(AzuriteFixture azurite) : OpleiderOnAzurite(azurite)
{

    private static string Changed(Action<JsonObject> change)
    {
        var answers = JsonNode.Parse(ExampleAnswers.Laurens)!.AsObject();
        change(answers);
        return answers.ToJsonString();
    }

    private async Task<List<JsonElement>> LogAsync(string id) =>
        [.. (await Client.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/log")).EnumerateArray()];

    [Fact]
    public async Task Each_save_lists_the_questions_it_changed_top_level_inside_groups_and_whole_rows()
    {
        var (id, etag) = await Client.CreateAsync(ExampleAnswers.Laurens);

        using var saved = await Client.SaveAnswersAsync(id, Changed(answers =>
        {
            answers["naam_leerwerkplek"] = "Leerhuis De Hofstee";
            answers["partijen"]![1]!["kvk"] = "12345678";
            answers["locaties"]!.AsArray().Add(new JsonObject { ["locatie"] = "Laurens Antonius", ["afdeling"] = "Revalidatie" });
            answers.Remove("betaaltermijn_dagen");
        }), etag);

        var line = (await LogAsync(id)).Last();
        Assert.Equal("antwoorden opgeslagen", line.GetProperty("action").GetString());
        var changes = line.GetProperty("changes").EnumerateArray().Select(change => (change.GetProperty("path").GetString(), change.GetProperty("label").GetString())).ToList();
        var locaties = JsonNode.Parse(ExampleAnswers.Laurens)!["locaties"]!.AsArray().Count;
        Assert.Equal(
        [
            ("naam_leerwerkplek", "Naam van de hybride leerwerkplek"),
            ("partijen[1].kvk", "KvK-nummer"),
            ($"locaties[{locaties}]", "Op welke locaties en afdelingen wordt geleerd?"),
            ("betaaltermijn_dagen", "Betaaltermijn (dagen)"),
        ], changes);
    }

    [Fact]
    public async Task Every_save_keeps_its_own_line_even_when_the_same_person_saves_again_at_once()
    {
        var (id, etag) = await Client.CreateAsync(ExampleAnswers.Laurens);

        foreach (var name in new[] { "Eén", "Twee", "Drie" })
        {
            using var saved = await Client.SaveAnswersAsync(id, ExampleAnswers.LaurensNamed(name), etag);
            etag = saved.Headers.ETag!.Tag;
        }

        var log = await LogAsync(id);
        Assert.Equal(["aangemaakt", "antwoorden opgeslagen", "antwoorden opgeslagen", "antwoorden opgeslagen"], log.Select(line => line.GetProperty("action").GetString()));
        Assert.All(log.Skip(1), line => Assert.Equal("naam_leerwerkplek", Assert.Single(line.GetProperty("changes").EnumerateArray()).GetProperty("path").GetString()));
        Assert.False(log[0].TryGetProperty("changes", out var none) && none.ValueKind != JsonValueKind.Null);
    }
}
