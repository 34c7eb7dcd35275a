using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Overeenkomst.Functions.Tests.Clauses;

/// <summary>The jurist's desk as the tests call it, so each test reads as what a person does.</summary>
public static class ClausesClient
{
    /// <summary>Every article and member of the current draft, and the agreement's ETag.</summary>
    public static async Task<(IReadOnlyList<JsonElement> Clauses, string ETag)> ClausesAsync(this HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/api/agreements/{id}/clauses");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ([.. body.EnumerateArray()], response.Headers.ETag!.Tag);
    }

    /// <summary>One clause of the current draft by id.</summary>
    public static async Task<JsonElement> ClauseAsync(this HttpClient client, string id, string clauseId) =>
        (await client.ClausesAsync(id)).Clauses.Single(clause => clause.GetProperty("id").GetString() == clauseId);

    public static Task<HttpResponseMessage> EditClauseAsync(this HttpClient client, string id, string clauseId, string? text, string? reason, string? etag) =>
        SendAsync(client, HttpMethod.Put, $"/api/agreements/{id}/clauses/{Uri.EscapeDataString(clauseId)}", etag, JsonContent.Create(new { text, reason }));

    public static Task<HttpResponseMessage> RestoreClauseAsync(this HttpClient client, string id, string clauseId, string? etag) =>
        SendAsync(client, HttpMethod.Delete, $"/api/agreements/{id}/clauses/{Uri.EscapeDataString(clauseId)}", etag, null);

    /// <summary>The first member of the draft whose text is a single plain paragraph: what a jurist most often rewrites.</summary>
    public static JsonElement PlainMember(IReadOnlyList<JsonElement> clauses) => clauses.First(clause =>
        clause.GetProperty("kind").GetString() == "lid" && clause.GetProperty("number").ValueKind == JsonValueKind.String
        && clause.GetProperty("templateText").GetString() is { } text && !text.Contains('\n', StringComparison.Ordinal)
        && !text.Contains(" | ", StringComparison.Ordinal));

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? etag, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return client.SendAsync(request);
    }
}
