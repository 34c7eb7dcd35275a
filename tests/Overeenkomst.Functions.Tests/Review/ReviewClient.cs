using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Overeenkomst.Functions.Tests.Agreements;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;

namespace Overeenkomst.Functions.Tests.Review;

/// <summary>The review calls the tests make, so each test reads as what the people involved do.</summary>
public static class ReviewClient
{
    public static Task<HttpResponseMessage> SetParticipantsAsync(this HttpClient client, string id, string? etag, params TestPerson[] people) =>
        client.SetParticipantsAsync(id, etag, JsonSerializer.Serialize(new { participants = people.Select(person => person.AsParticipant()) }));

    public static Task<HttpResponseMessage> SetParticipantsAsync(this HttpClient client, string id, string? etag, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/agreements/{id}/participants") { Content = Json(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string id, int version) =>
        client.PostAsJsonAsync($"/api/agreements/{id}/submit", new { version });

    public static Task<HttpResponseMessage> ReviewAsync(this HttpClient client, string id, int version, string kind, string? text = null,
        string? article = null) =>
        client.PostAsJsonAsync($"/api/agreements/{id}/reviews", new { version, article, kind, text });

    public static Task<HttpResponseMessage> FinalizeAsync(this HttpClient client, string id) =>
        client.PostAsync($"/api/agreements/{id}/finalize", content: null);

    public static async Task<string> StatusAsync(this HttpClient client, string id) =>
        (await client.GetAgreementAsync(id)).Agreement.GetProperty("status").GetString()!;

    public static async Task<IReadOnlyList<JsonElement>> LogAsync(this HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/api/agreements/{id}/log");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }

    /// <summary>Asserts the status of a response, showing its body when it differs.</summary>
    public static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Asserts a 409 problem in Dutch and returns its detail.</summary>
    public static async Task<string> ExpectRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(Messages.TransitionRefusedTitle, await AssertProblemAsync(response, HttpStatusCode.Conflict));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
    }
}
