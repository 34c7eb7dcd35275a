using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Overeenkomst.Functions.Tests.Identity;

/// <summary>In Azure the user comes from App Service Authentication's header; anything malformed is simply nobody (401), never an error.</summary>
public sealed class EasyAuthTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly WebApplicationFactory<Program> easyAuth = factory.WithWebHostBuilder(host => host.UseSetting("Auth:Mode", "EasyAuth"));

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    private static string Principal(params (string Type, string Value)[] claims) => Base64(JsonSerializer.Serialize(new
    {
        auth_typ = "aad",
        claims = claims.Select(claim => new { typ = claim.Type, val = claim.Value }),
        name_typ = "name",
        role_typ = "roles",
    }));

    private async Task<HttpResponseMessage> GetMe(string? principal, WebApplicationFactory<Program>? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        if (principal is not null)
        {
            request.Headers.TryAddWithoutValidation("X-MS-CLIENT-PRINCIPAL", principal);
        }

        return await (host ?? easyAuth).CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task Me_WithAValidPrincipal_IsTheUserWithTheirRoles()
    {
        var response = await GetMe(Principal(
            ("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", "F.ElAmrani@Laurens.example"),
            ("name", "Fatima el Amrani"),
            ("organisatie", "Laurens"),
            ("roles", "zorg"),
            ("roles", "beheerder")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("f.elamrani@laurens.example", me.GetProperty("email").GetString());
        Assert.Equal("Fatima el Amrani", me.GetProperty("name").GetString());
        Assert.Equal("Laurens", me.GetProperty("organisation").GetString());
        Assert.Equal(["zorg"], me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.False(me.GetProperty("developmentSignIn").GetBoolean());
    }

    [Fact]
    public async Task Me_AsEntraSendsIt_HasTheNameClaimAsName_NotTheAddressThatNameTypPointsAt()
    {
        // Entra ID's principal: name_typ names the e-mail claim, and the standard name claim carries the address too.
        var principal = Base64(JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            claims = new[]
            {
                new { typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", val = "j.bakker@albeda.example" },
                new { typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name", val = "J.Bakker@albeda.example" },
                new { typ = "name", val = "Jeroen Bakker" },
                new { typ = "roles", val = "opleiding" },
            },
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
            role_typ = "roles",
        }));

        var me = await (await GetMe(principal)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Jeroen Bakker", me.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Me_WhoseOnlyNameIsTheirAddress_IsNamedByTheAddress()
    {
        var me = await (await GetMe(Principal(("email", "jurist@albeda.example"), ("name", "Jurist@Albeda.example"), ("roles", "juridisch"))))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("jurist@albeda.example", me.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Me_WithoutOrganisationClaim_TakesTheEmailDomain()
    {
        var response = await GetMe(Principal(("preferred_username", "jurist@albeda.example"), ("roles", "juridisch")));

        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("albeda.example", me.GetProperty("organisation").GetString());
        Assert.Equal("jurist@albeda.example", me.GetProperty("name").GetString());
    }

    public static TheoryData<string, string> ForgedPrincipals => new()
    {
        { "not base64", "%%%niet-base64%%%" },
        { "base64 of no JSON", Base64("dit is geen json") },
        { "JSON that is no object", Base64("[1,2,3]") },
        { "JSON with claims of the wrong type", Base64("""{"claims":"geen lijst"}""") },
        { "claims that are no objects", Base64("""{"claims":[1,"twee",null]}""") },
        { "no claims at all", Base64("""{"auth_typ":"aad"}""") },
        { "no e-mail among the claims", Base64("""{"claims":[{"typ":"name","val":"Iemand"},{"typ":"roles","val":"zorg"}]}""") },
        { "an e-mail that is no address", Base64("""{"claims":[{"typ":"email","val":"geen-adres"}]}""") },
        { "empty", "" },
        { "truncated", Base64("""{"claims":[{"typ":"email","val":"a@b.nl"}]}""")[..20] },
        { "a header of 100 kB", new string('A', 100_000) },
    };

    [Theory]
    [MemberData(nameof(ForgedPrincipals))]
    public async Task Me_WithAForgedOrMalformedPrincipal_Is401_NeverAnError(string kind, string principal)
    {
        var response = await GetMe(principal);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: {response.StatusCode}");
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("U bent niet aangemeld", problem!.Title);
    }

    [Fact]
    public async Task Me_WithoutPrincipal_Is401_InDutch()
    {
        var response = await GetMe(principal: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DevelopmentSignIn_DoesNotExist_InEasyAuthMode()
    {
        var response = await easyAuth.CreateClient().GetAsync("/aanmelden");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Production_UsesEasyAuth_WhenNothingIsConfigured()
    {
        var production = factory.WithWebHostBuilder(host => host.UseEnvironment("Production"));

        var signedIn = await GetMe(Principal(("email", "a@b.example"), ("roles", "opleiding")), production);
        var signInPage = await production.CreateClient().GetAsync("/aanmelden");

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, signInPage.StatusCode);
    }

    [Fact]
    public void DevelopmentSignIn_CannotBeSwitchedOn_OutsideDevelopment()
    {
        var production = factory.WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            host.UseSetting("Auth:Mode", "Development");
        });

        // It does not start; what it says and its exit code are tested on the process (HandlerProcessTests).
        Assert.ThrowsAny<Exception>(() => production.CreateClient());
    }

    [Fact]
    public async Task PrincipalHeader_IsNotTrusted_InDevelopmentMode()
    {
        var development = factory.WithWebHostBuilder(host => host.UseSetting("Auth:Mode", "Development"));

        var response = await GetMe(Principal(("email", "indringer@example.com"), ("roles", "juridisch")), development);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
