using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.AspNetCore.Mvc.Testing;
using Overeenkomst.Functions.Tests.Hosting;

namespace Overeenkomst.Functions.Tests.Questionnaire;

/// <summary>Full HTTP round trips: the questionnaire, checking (partial) answers, and render refusing invalid answers.</summary>
public class QuestionnaireApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static string Example(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "examples", name + ".json"));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task GetQuestionnaire_ReturnsSectionsQuestionsTypesHelpConditionsAndRules()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/api/questionnaire", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var sections = document["sections"]!.AsArray();
        Assert.Equal(11, sections.Count);
        var partijen = sections[0]!["questions"]![0]!;
        Assert.Equal("groep", partijen["type"]!.GetValue<string>());
        Assert.Equal(2, partijen["minItems"]!.GetValue<int>());
        var brin = partijen["questions"]!.AsArray().Single(q => q!["id"]!.GetValue<string>() == "brin")!;
        Assert.Equal("soort == \"mbo-instelling\" || soort == \"hogeschool\"", brin["condition"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(brin["help"]!.GetValue<string>()));
        Assert.Equal(18, document["qualityRules"]!.AsArray().Count);
        Assert.NotEmpty(document["crossFieldRules"]!.AsArray());
    }

    [Fact]
    public async Task CheckAnswers_WithPartialAnswers_GivesErrorsVisibilityCompletenessAndFindings()
    {
        var client = factory.CreateClient();
        const string partial = """
            { "naam_leerwerkplek": "Leerafdeling De Skille", "studenten_per_afdeling": 4, "docent_uren_op_locatie": "acht",
              "opleidingen": [ { "naam": "Verzorgende-IG", "soort_onderwijs": "mbo", "niveau": "3", "leerweg": "BBL", "aantal_studenten": 8 } ] }
            """;

        var response = await client.PostAsync(new Uri("/api/answers/check", UriKind.Relative), Json(partial));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False(report["valid"]!.GetValue<bool>());
        Assert.Equal("U gaf tekst ('acht'); hier hoort een getal, zoals 6.", report["errors"]!["docent_uren_op_locatie"]![0]!.GetValue<string>());
        Assert.Equal("Deze vraag is verplicht.", report["errors"]!["visie"]![0]!.GetValue<string>());
        var visible = report["visibleQuestionIds"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        Assert.Contains("bbl_werkgever", visible);
        Assert.DoesNotContain("lectoraat_betrokken", visible);
        var aanleiding = report["sections"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "aanleiding")!;
        Assert.True(aanleiding["answered"]!.GetValue<int>() >= 1);
        Assert.True(aanleiding["percentage"]!.GetValue<int>() < 100);
        var q1 = report["findings"]![0]!;
        Assert.Equal("Q1", q1["id"]!.GetValue<string>());
        Assert.Equal("niet voldaan", q1["outcome"]!.GetValue<string>());
        Assert.Equal("4 studenten per afdeling; het onderzoek adviseert er minimaal 6.", q1["explanation"]!.GetValue<string>());
        Assert.Equal(18, report["findings"]!.AsArray().Count);
    }

    [Fact]
    public async Task CheckAnswers_WithACompleteExample_IsValid()
    {
        var client = factory.CreateClient();

        var report = await (await client.PostAsync(new Uri("/api/answers/check", UriKind.Relative), Json(Example("antes-albeda-learning-community"))))
            .Content.ReadFromJsonAsync<JsonObject>();

        Assert.True(report!["valid"]!.GetValue<bool>());
        Assert.Empty(report["errors"]!.AsObject());
    }

    [Fact]
    public async Task CheckAnswers_WithBrokenJson_Is400InDutch()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync(new Uri("/api/answers/check", UriKind.Relative), Json("{ \"visie\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Render_WithIncompleteAnswers_Is422ProblemDetails_WithErrorsPerQuestionId()
    {
        var client = factory.CreateClient();
        var answers = JsonNode.Parse(Example("laurens-albeda"))!.AsObject();
        answers["partijen"]![0]!["kvk"] = "1234";
        answers.Remove("einddatum");

        var response = await client.PostAsync(new Uri("/api/render", UriKind.Relative), Json(answers.ToJsonString()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(422, problem["status"]!.GetValue<int>());
        Assert.Equal("De antwoorden zijn nog niet volledig of geldig", problem["title"]!.GetValue<string>());
        Assert.Equal("Er zijn 2 fouten in de antwoorden; zie 'errors' voor de melding per vraag-id.", problem["detail"]!.GetValue<string>());
        Assert.Equal("Een KvK-nummer bestaat uit precies 8 cijfers (spaties of punten ertussen mogen).", problem["errors"]!["partijen[0].kvk"]![0]!.GetValue<string>());
        Assert.Equal("Deze vraag is verplicht.", problem["errors"]!["einddatum"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Render_WithACompleteExample_GivesAValidWordDocument()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync(new Uri("/api/render", UriKind.Relative), Json(Example("regio-amsterdam-west-leerhuis")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document));
        Assert.Contains("Leerhuis Ouderenzorg Amsterdam-West", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GetQuestionnaire", "get", "api/questionnaire")]
    [InlineData("CheckAnswers", "post", "api/answers/check")]
    public void NewEndpoint_HasItsFunctionJson(string function, string method, string route)
    {
        var json = JsonNode.Parse(File.ReadAllText(RepositoryRoot.Combine("functions", function, "function.json")))!;
        var trigger = json["bindings"]![0]!;

        Assert.Equal(route, trigger["route"]!.GetValue<string>());
        Assert.Equal([method], trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>()));
    }
}
