using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Browser;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;

namespace Overeenkomst.Functions.Tests.Web;

/// <summary>
/// The headers every answer carries and the edges of the handler: HTTPS only outside Development, no framing of pages or
/// previews, no copies of API answers, an OpenAPI document that does not repeat a Host header, and no request from
/// another site that changes anything.
/// </summary>
public sealed class HeadersAndEdgesTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-randen-");
    private readonly AgreementsHost production;
    private readonly AgreementsHost development;

    public HeadersAndEdgesTests()
    {
        production = new AgreementsHost(new Dictionary<string, string>(AgreementsHost.Folder(folder.FullName)) { ["environment"] = "Production" });
        development = new AgreementsHost(AgreementsHost.Folder(Path.Combine(folder.FullName, "ontwikkeling")), signIn: TestSignIn.Development);
    }

    private HttpClient Opleider => field ??= production.CreateClient(TestPerson.Opleider);

    private static HttpRequestMessage FromAnotherSite(HttpMethod method, string path, string? site = "cross-site", string? origin = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (site is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    [Fact]
    public async Task Outside_Development_every_answer_tells_the_browser_to_use_HTTPS_only()
    {
        using var health = await Opleider.GetAsync("/api/health");
        using var page = await Opleider.GetAsync("/");

        Assert.Equal("max-age=31536000; includeSubDomains", health.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal("max-age=31536000; includeSubDomains", page.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task On_a_developers_machine_there_is_no_HTTPS_pin_on_localhost()
    {
        using var health = await development.CreateClient().GetAsync("/api/health");

        Assert.False(health.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Pages_and_previews_may_be_framed_by_no_site_at_all()
    {
        var (id, _) = await Opleider.CreateAsync(ExampleAnswers.Laurens);
        await Opleider.CreateVersionAsync(id);

        foreach (var path in new[] { "/", $"/overeenkomsten/{id}", $"/overeenkomsten/{id}/vragenlijst", $"/api/agreements/{id}/versions/1/preview" })
        {
            using var response = await Opleider.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }

        using var preview = await Opleider.PostAsync("/api/preview", Json(ExampleAnswers.Laurens));
        Assert.Contains("frame-ancestors 'none'", preview.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task API_answers_with_peoples_data_are_never_stored_by_a_browser_or_proxy()
    {
        var (id, _) = await Opleider.CreateAsync(ExampleAnswers.Laurens);
        await Opleider.CreateVersionAsync(id);

        foreach (var path in new[] { "/api/agreements", $"/api/agreements/{id}", $"/api/agreements/{id}/log", $"/api/agreements/{id}/versions",
            $"/api/agreements/{id}/versions/1/document", $"/api/agreements/{id}/versions/1/preview", "/api/me", $"/api/agreements/{Guid.NewGuid():N}" })
        {
            using var response = await Opleider.GetAsync(path);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path}: {response.Headers.CacheControl}");
        }

        using var check = await Opleider.PostAsync("/api/answers/check", Json(ExampleAnswers.Laurens));
        Assert.True(check.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_OpenAPI_document_names_its_server_relatively_whatever_Host_the_request_names()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/openapi.json");
        request.Headers.Host = "aanvaller.example";

        using var response = await Opleider.SendAsync(request);
        var document = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("aanvaller.example", document, StringComparison.Ordinal);
        Assert.Equal("/", Assert.Single(JsonDocument.Parse(document).RootElement.GetProperty("servers").EnumerateArray()).GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("cross-site", null)]
    [InlineData("same-site", null)]
    [InlineData(null, "https://aanvaller.example")]
    [InlineData(null, "null")]
    public async Task A_body_less_POST_from_another_site_is_refused_and_changes_nothing(string? site, string? origin)
    {
        var (id, _) = await Opleider.CreateAsync(ExampleAnswers.Laurens);

        using var version = await Opleider.SendAsync(FromAnotherSite(HttpMethod.Post, $"/api/agreements/{id}/versions", site, origin));
        using var created = await Opleider.SendAsync(FromAnotherSite(HttpMethod.Post, "/api/agreements", site, origin));

        Assert.Equal(Messages.CrossSiteRefusedTitle, await AssertProblemAsync(version, HttpStatusCode.Forbidden));
        Assert.Equal(Messages.CrossSiteRefusedTitle, await AssertProblemAsync(created, HttpStatusCode.Forbidden));
        Assert.Empty(await Opleider.VersionNumbersAsync(id));
    }

    [Theory]
    [InlineData("same-origin", null)]
    [InlineData(null, "http://localhost")]
    [InlineData(null, null)]
    public async Task The_same_site_itself_and_clients_that_are_no_browser_go_ahead(string? site, string? origin)
    {
        var (id, _) = await Opleider.CreateAsync(ExampleAnswers.Laurens);

        using var version = await Opleider.SendAsync(FromAnotherSite(HttpMethod.Post, $"/api/agreements/{id}/versions", site, origin));

        Assert.Equal(HttpStatusCode.Created, version.StatusCode);
    }

    [Fact]
    public async Task The_development_sign_in_and_sign_out_refuse_another_site()
    {
        var client = development.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var signIn = FromAnotherSite(HttpMethod.Post, "/aanmelden");
        signIn.Content = new FormUrlEncodedContent(TestPerson.Opleider.Form());
        using var forged = await client.SendAsync(signIn);
        using var anonymous = await client.GetAsync("/api/me");
        using var signedIn = await client.PostAsync("/aanmelden", new FormUrlEncodedContent(TestPerson.Opleider.Form()));
        using var signOut = await client.SendAsync(FromAnotherSite(HttpMethod.Post, "/afmelden", origin: "https://aanvaller.example", site: null));
        using var stillSignedIn = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);
    }

    public void Dispose()
    {
        Opleider.Dispose();
        production.Dispose();
        development.Dispose();
        folder.Delete(recursive: true);
    }
}
