using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Overeenkomst.Rendering;

namespace Overeenkomst.Functions.Tests.Verification;

/// <summary>The checks the tests ask for: a stored version, and a Word file someone holds.</summary>
public static class VerifyClient
{
    /// <summary>POST …/versions/{n}/verify; asserts 200 and returns the answer.</summary>
    public static async Task<JsonElement> VerifyAsync(this HttpClient client, string id, int version)
    {
        using var response = await client.PostAsync($"/api/agreements/{id}/versions/{version}/verify", content: null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"verify answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>POST /api/verify with <paramref name="document"/> as the body, sent as a Word file.</summary>
    public static Task<HttpResponseMessage> IdentifyAsync(this HttpClient client, byte[] document, string contentType = RenderedAgreement.DocxContentType)
    {
        var content = new ByteArrayContent(document);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.PostAsync("/api/verify", content);
    }
}
