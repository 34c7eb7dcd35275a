using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Functions.Tests.Rendering;

/// <summary>POST /api/render through real HTTP: answers in, a Word agreement out, and a Dutch explanation when that cannot be.</summary>
public sealed class RenderAgreementTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly HttpClient client = factory.CreateClient();

    private static string Example(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "examples", name + ".json"));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<ProblemDetails> ProblemOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<ProblemDetails>())!;
    }

    [Fact]
    public async Task Render_ExampleAnswers_ReturnsAValidWordDocument_WithAReadableFileName()
    {
        var response = await client.PostAsync("/api/render", Json(Example("laurens-albeda")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Samenwerkingsovereenkomst Praktijkgestuurd Leren Verpleegkunde Laurens - concept.docx", disposition.FileNameStar);
        var docx = await response.Content.ReadAsByteArrayAsync();
        DocxAssert.IsValid(docx);
        using var document = new WordDocument(docx);
        Assert.EndsWith("CONCEPT — niet opgeslagen", document.HeaderText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_SameAnswersTwice_GivesIdenticalBytes()
    {
        var first = await client.PostAsync("/api/render", Json(Example("laurens-albeda")));
        var second = await client.PostAsync("/api/render", Json(Example("laurens-albeda")));

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("{ \"naam_leerwerkplek\": ", "geen geldige JSON")]
    [InlineData("{ 'enkel': 'aanhalingsteken' }", "geen geldige JSON")]
    [InlineData("[1, 2, 3]", "moet een JSON-object zijn")]
    [InlineData("\"tekst\"", "moet een JSON-object zijn")]
    [InlineData("   ", "is leeg")]
    public async Task Render_BodyThatIsNoAnswersObject_Is400_WithADutchExplanation(string body, string explanation)
    {
        var response = await client.PostAsync("/api/render", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemOf(response);
        Assert.Equal("Het antwoordendocument kan niet worden gelezen", problem.Title);
        Assert.Contains(explanation, problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_NestedDeeperThanAnyQuestionnaire_Is400()
    {
        var body = new string('[', 40) + new string(']', 40);

        var response = await client.PostAsync("/api/render", Json("{\"a\":" + body + "}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dieper genest", (await ProblemOf(response)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_BodyOverTheSizeLimit_Is413_WithADutchExplanation()
    {
        var huge = "{\"huidige_situatie\":\"" + new string('x', 1024 * 1024 + 1) + "\"}";

        var response = await client.PostAsync("/api/render", Json(huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Het antwoordendocument is te groot", (await ProblemOf(response)).Title);
    }

    [Fact]
    public async Task Render_ChunkedBodyOverTheSizeLimit_Is413_WithoutDeclaringItsLength()
    {
        var huge = Encoding.UTF8.GetBytes("{\"huidige_situatie\":\"" + new string('x', 2 * 1024 * 1024) + "\"}");
        using var content = new StreamContent(new MemoryStream(huge));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/render") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Render_BodyThatIsNotJson_Is415()
    {
        var response = await client.PostAsync("/api/render", new StringContent("naam=x", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await ProblemOf(response);
        Assert.Equal("Dit soort inhoud wordt niet ondersteund", problem.Title);
        Assert.Equal("Gebruik het inhoudstype 'application/json'.", problem.Detail);
    }

    [Fact]
    public async Task Render_AnswerOfTheWrongType_Is422_WithTheErrorUnderItsQuestionId()
    {
        var response = await client.PostAsync("/api/render", Json(Example("laurens-albeda").Replace("\"betaaltermijn_dagen\": 30", "\"betaaltermijn_dagen\": \"dertig\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>();
        Assert.Equal(["betaaltermijn_dagen"], problem!.Errors.Keys);
    }

    [Fact]
    public async Task Render_WithGet_Is405_InDutch()
    {
        var response = await client.GetAsync("/api/render");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("Deze handeling is hier niet mogelijk", (await ProblemOf(response)).Title);
    }

    [Fact]
    public async Task UnknownRoute_Is404_InDutch()
    {
        var response = await client.GetAsync("/api/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Niet gevonden", (await ProblemOf(response)).Title);
    }
}
