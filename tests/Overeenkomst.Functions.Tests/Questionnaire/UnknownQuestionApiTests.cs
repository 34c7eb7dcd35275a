using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;

namespace Overeenkomst.Functions.Tests.Questionnaire;

/// <summary>A mistyped question id is refused by everything a client sends answers to, at its path, naming the id meant.</summary>
public sealed class UnknownQuestionApiTests(AzuriteFixture azurite) : OpleiderOnAzurite(azurite)
{
    private const string Meant = "Onbekende vraag 'opzegtermijn_maand'. Bedoelde u 'opzegtermijn_maanden'?";

    private static string LaurensWithTypos()
    {
        var answers = JsonNode.Parse(ExampleAnswers.Laurens)!.AsObject();
        answers["opzegtermijn_maand"] = 3;
        answers["partijen"]![1]!["kvk_nummer"] = "12345678";
        return answers.ToJsonString();
    }

    private static async Task<JsonElement> ErrorsOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(Messages.AnswersInvalidTitle, await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").Clone();
    }

    [Fact]
    public async Task The_check_reports_each_unknown_id_as_an_error_at_its_path()
    {
        using var response = await Client.PostAsync("/api/answers/check", Json(LaurensWithTypos()));

        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(report.GetProperty("valid").GetBoolean());
        Assert.Equal(Meant, report.GetProperty("errors").GetProperty("opzegtermijn_maand")[0].GetString());
        Assert.Equal("Onbekende vraag 'kvk_nummer'. Bedoelde u 'kvk'?", report.GetProperty("errors").GetProperty("partijen[1].kvk_nummer")[0].GetString());
    }

    [Theory]
    [InlineData("/api/render")]
    [InlineData("/api/preview")]
    public async Task Render_and_preview_refuse_unknown_ids_with_422_per_path(string endpoint)
    {
        using var response = await Client.PostAsync(endpoint, Json(LaurensWithTypos()));

        var errors = await ErrorsOfAsync(response);
        Assert.Equal(Meant, errors.GetProperty("opzegtermijn_maand")[0].GetString());
        Assert.True(errors.TryGetProperty("partijen[1].kvk_nummer", out _));
    }

    [Fact]
    public async Task Creating_with_an_unknown_id_is_refused_and_nothing_is_stored()
    {
        var before = JsonDocument.Parse(await Client.GetStringAsync("/api/agreements")).RootElement.GetArrayLength();

        using var response = await Client.PostAsync("/api/agreements", Json(LaurensWithTypos()));

        var errors = await ErrorsOfAsync(response);
        Assert.Equal(Meant, errors.GetProperty("opzegtermijn_maand")[0].GetString());
        Assert.Equal(2, errors.EnumerateObject().Count());
        Assert.Equal(before, JsonDocument.Parse(await Client.GetStringAsync("/api/agreements")).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Saving_an_unknown_id_is_refused_and_the_stored_answers_stay()
    {
        var (id, etag) = await Client.CreateAsync(ExampleAnswers.Laurens);

        using var response = await Client.SaveAnswersAsync(id, LaurensWithTypos(), etag);

        var errors = await ErrorsOfAsync(response);
        Assert.Equal(Meant, errors.GetProperty("opzegtermijn_maand")[0].GetString());
        Assert.Equal(etag, (await Client.GetAgreementAsync(id)).ETag);
    }

    [Fact]
    public async Task Incomplete_answers_without_unknown_ids_are_still_saved()
    {
        var (id, etag) = await Client.CreateAsync("""{ "naam_leerwerkplek": "Leerhuis" }""");

        using var response = await Client.SaveAnswersAsync(id, """{ "naam_leerwerkplek": "Leerhuis", "opzegtermijn_maanden": "zes" }""", etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
