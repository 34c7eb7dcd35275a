using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>The calls the tests make to /api/agreements, so each test reads as what a person does.</summary>
public static class AgreementsClient
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<(string Id, string ETag)> CreateAsync(this HttpClient client, string answers)
    {
        using var response = await client.PostAsync("/api/agreements", Json(answers));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("id").GetString()!, response.Headers.ETag!.Tag);
    }

    public static Task<HttpResponseMessage> SaveAnswersAsync(this HttpClient client, string id, string answers, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/agreements/{id}/answers") { Content = Json(answers) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return client.SendAsync(request);
    }

    public static async Task<(JsonElement Agreement, string ETag)> GetAgreementAsync(this HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/api/agreements/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.Clone(), response.Headers.ETag!.Tag);
    }

    public static async Task<JsonElement> CreateVersionAsync(this HttpClient client, string id)
    {
        using var response = await client.PostAsync($"/api/agreements/{id}/versions", content: null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(body.RootElement.GetProperty("document").GetString(), response.Headers.Location!.OriginalString);
        return body.RootElement.Clone();
    }

    public static async Task<int[]> VersionNumbersAsync(this HttpClient client, string id)
    {
        using var body = JsonDocument.Parse(await client.GetStringAsync($"/api/agreements/{id}/versions"));
        return [.. body.RootElement.EnumerateArray().Select(version => version.GetProperty("number").GetInt32())];
    }

    /// <summary>Asserts a Dutch problem details answer with <paramref name="status"/>, and returns its title.</summary>
    public static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("title").GetString()!;
    }
}
