using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Overeenkomst.Functions.Tests.Agreements;

namespace Overeenkomst.Functions.Tests.Identity;

/// <summary>On a developer's machine a sign-in page lets a person pick who to be; the API then knows them by a cookie.</summary>
public sealed class DevelopmentSignInTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private HttpClient Client() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static FormUrlEncodedContent Form(string naam, string email, string organisatie, string rol, string terug = "/") => new(
        new Dictionary<string, string> { ["naam"] = naam, ["email"] = email, ["organisatie"] = organisatie, ["rol"] = rol, ["terug"] = terug });

    [Fact]
    public async Task SignInPage_OffersTheTestUsers_InDutch()
    {
        var page = await Client().GetStringAsync("/aanmelden");

        Assert.Contains("<html lang=\"nl\">", page, StringComparison.Ordinal);
        Assert.Contains("Fatima el Amrani", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"email\">E-mailadres</label>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningIn_MakesTheApiKnowTheUser()
    {
        var client = Client();

        var signIn = await client.PostAsync("/aanmelden", Form("Jeroen Bakker", "J.Bakker@Albeda.example", "Albeda", "opleiding", "/overeenkomsten"));
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/overeenkomsten", signIn.Headers.Location?.OriginalString);
        Assert.Equal("j.bakker@albeda.example", me.GetProperty("email").GetString());
        Assert.Equal(["opleiding"], me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        Assert.True(me.GetProperty("developmentSignIn").GetBoolean());
    }

    [Fact]
    public async Task The_signed_in_user_comes_with_the_words_pages_use_for_roles_and_statuses()
    {
        var client = Client();
        await client.PostAsync("/aanmelden", new FormUrlEncodedContent(TestPerson.Opleider.Form()));

        var labels = (await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("labels");

        Assert.Equal(Messages.RoleLabels, labels.GetProperty("roles").Deserialize<Dictionary<string, string>>());
        Assert.Equal(Messages.StatusLabels, labels.GetProperty("statuses").Deserialize<Dictionary<string, string>>());
    }

    [Fact]
    public async Task SigningOut_MakesTheUserAnonymousAgain()
    {
        var client = Client();
        await client.PostAsync("/aanmelden", new FormUrlEncodedContent(TestPerson.Opleider.Form()));

        await client.PostAsync("/afmelden", content: null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Theory]
    [InlineData("https://elders.example/")]
    [InlineData("//elders.example/")]
    [InlineData("/\\elders.example/")]
    public async Task SigningIn_NeverRedirectsToAnotherSite(string terug)
    {
        var response = await Client().PostAsync("/aanmelden", Form("A", "a@b.example", "B", "zorg", terug));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SigningIn_WithMissingFields_ShowsTheFormAgain_WithDutchErrorsLinkedToTheFields()
    {
        var response = await Client().PostAsync("/aanmelden", Form("", "geen-adres", "", "beheerder"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#email\">Vul een geldig e-mailadres in", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#rol\">Kies een rol", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"naam-fout\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"geen-adres\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningIn_WithMarkupInTheName_ShowsItAsText()
    {
        var response = await Client().PostAsync("/aanmelden", Form("<script>alert(1)</script>", "", "", ""));

        var page = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_WithoutSignIn_Is401_NotARedirect()
    {
        var response = await Client().GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
