using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;

namespace Overeenkomst.Functions.Tests.Http;

/// <summary>
/// Bodies no person types but a broken client or an attacker sends — half a character, bytes that are not UTF-8 — on every
/// endpoint that takes answers, over real HTTP against Azurite: cleaned or refused in Dutch, never a server error.
/// </summary>
public sealed class HostileBodyTests(AzuriteFixture azurite) : OpleiderOnAzurite(azurite)
{

    /// <summary>Each endpoint that takes answers, as a request with the given body.</summary>
    private async Task<HttpResponseMessage[]> SendToEveryEndpointAsync(Func<HttpContent> body)
    {
        var (id, etag) = await Client.CreateAsync(ExampleAnswers.Laurens);
        var save = new HttpRequestMessage(HttpMethod.Put, $"/api/agreements/{id}/answers") { Content = body() };
        save.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return
        [
            await Client.PostAsync("/api/agreements", body()),
            await Client.SendAsync(save),
            await Client.PostAsync("/api/answers/check", body()),
            await Client.PostAsync("/api/render", body()),
            await Client.PostAsync("/api/preview", body()),
        ];
    }

    private static ByteArrayContent Bytes(byte[] utf8)
    {
        var content = new ByteArrayContent(utf8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    // The Laurens example with `escape` (raw JSON string content) inside the learning workplace's name.
    private static byte[] LaurensWithNameContaining(string escape) =>
        Encoding.UTF8.GetBytes(ExampleAnswers.LaurensNamed("Leerhuis@@").Replace("@@", escape, StringComparison.Ordinal));

    [Theory]
    [InlineData(@"\ud800")]
    [InlineData(@"\udfff")]
    [InlineData(@"\uDBFF\u0041")]
    [InlineData(@"\ud83d")]
    public async Task A_lone_surrogate_is_removed_on_every_endpoint_and_none_answers_5xx(string escape)
    {
        var responses = await SendToEveryEndpointAsync(() => Bytes(LaurensWithNameContaining(escape)));

        Assert.Equal(0, responses.Count(response => (int)response.StatusCode >= 500));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK],
            responses.Select(response => response.StatusCode));
        var created = JsonNode.Parse(await responses[0].Content.ReadAsStringAsync())!;
        Assert.StartsWith("Leerhuis", created["answers"]!["naam_leerwerkplek"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(created["answers"]!["naam_leerwerkplek"]!.GetValue<string>(), char.IsSurrogate);
    }

    [Fact]
    public async Task A_stored_agreement_with_a_removed_surrogate_reads_back_and_renders_a_draft()
    {
        var (id, _) = await Client.CreateAsync(Encoding.UTF8.GetString(LaurensWithNameContaining(@"\ud800 en \ud83d\ude00")));

        var (agreement, _) = await Client.GetAgreementAsync(id);
        var version = await Client.CreateVersionAsync(id);

        Assert.Equal("Leerhuis en 😀", agreement.GetProperty("answers").GetProperty("naam_leerwerkplek").GetString());
        Assert.Equal("Samenwerkingsovereenkomst Leerhuis en 😀", version.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_surrogate_pair_and_an_escaped_backslash_before_u_are_kept_as_sent()
    {
        using var response = await Client.PostAsync("/api/agreements", Bytes(LaurensWithNameContaining(@"\ud83d\ude00 \\ud800")));

        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(@"Leerhuis😀 \ud800", created["answers"]!["naam_leerwerkplek"]!.GetValue<string>());
    }

    public static TheoryData<byte[]> NotUtf8 => new(
        [0x7B, 0x22, 0x6E, 0x61, 0x61, 0x6D, 0x5F, 0x6C, 0x65, 0x65, 0x72, 0x77, 0x65, 0x72, 0x6B, 0x70, 0x6C, 0x65, 0x6B, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D],
        [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D],
        // A surrogate encoded as if it were a character (CESU-8): not UTF-8.
        [0x7B, 0x22, 0x78, 0x22, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x7D],
        // Latin-1 "é", as an old tool would save it.
        [0x7B, 0x22, 0x6E, 0x61, 0x61, 0x6D, 0x5F, 0x6C, 0x65, 0x65, 0x72, 0x77, 0x65, 0x72, 0x6B, 0x70, 0x6C, 0x65, 0x6B, 0x22, 0x3A, 0x22, 0x43, 0x61, 0x66, 0xE9, 0x22, 0x7D]);

    [Theory]
    [MemberData(nameof(NotUtf8))]
    public async Task Bytes_that_are_not_UTF8_are_refused_with_400_in_Dutch_on_every_endpoint(byte[] body)
    {
        var responses = await SendToEveryEndpointAsync(() => Bytes(body));

        Assert.Equal(0, responses.Count(response => (int)response.StatusCode >= 500));
        foreach (var response in responses)
        {
            Assert.Equal(Messages.AnswersUnreadableTitle, await AssertProblemAsync(response, HttpStatusCode.BadRequest));
            var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
            Assert.StartsWith("Het antwoordendocument is geen geldige UTF-8-tekst", detail, StringComparison.Ordinal);
        }
    }
}
