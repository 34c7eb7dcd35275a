using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Overeenkomst.Functions.Tests.Agreements;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>One person at the web app: a browser tab signed in through the sign-in page, and an API client with the same identity.</summary>
public sealed class WebSession : IAsyncDisposable
{
    private readonly BrowserFixture fixture;

    private WebSession(BrowserFixture fixture, IBrowserContext context, IPage page, HttpClient api, TestPerson user)
    {
        this.fixture = fixture;
        Context = context;
        Page = page;
        Api = api;
        User = user;
        page.PageError += (_, error) => ScriptErrors.Add(error);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public HttpClient Api { get; }

    public TestPerson User { get; }

    /// <summary>Uncaught script errors in the page: a journey should end with none.</summary>
    public List<string> ScriptErrors { get; } = [];

    /// <summary>Opens a tab at tablet-to-desktop width, signs in through the development sign-in form, and signs in the API client too.</summary>
    public static async Task<WebSession> SignInAsync(BrowserFixture fixture, TestPerson user, int width = 1280)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(user);
        var context = await fixture.Browser.NewContextAsync(new()
        {
            BaseURL = fixture.Address.ToString(),
            Locale = "nl-NL",
            ViewportSize = new() { Width = width, Height = 900 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(user.Name);
        await page.GetByLabel("E-mailadres").FillAsync(user.Email);
        await page.GetByLabel("Organisatie").FillAsync(user.Organisation);
        // No role is a choice of its own: a signatory signs in with their address alone.
        await page.GetByLabel("Rol").SelectOptionAsync(user.Role.Length > 0 ? user.Role : "");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Uri(fixture.Address, "/").ToString());

        var api = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = fixture.Address,
        };
        using var form = new FormUrlEncodedContent(user.Form());
        using var signedIn = await api.PostAsync(new Uri("/aanmelden", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return new WebSession(fixture, context, page, api, user);
    }

    /// <summary>Creates an agreement through the API with the given answers; returns its id.</summary>
    public async Task<string> CreateAgreementAsync(string answersJson)
    {
        using var body = new StringContent(answersJson, Encoding.UTF8, "application/json");
        using var response = await Api.PostAsync(new Uri("/api/agreements", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return created.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>The agreement as the API gives it now, with its ETag.</summary>
    public async Task<(JsonElement Agreement, string ETag)> ReadAgreementAsync(string id)
    {
        using var response = await Api.GetAsync(new Uri($"/api/agreements/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (document.RootElement.Clone(), response.Headers.ETag!.ToString());
    }

    /// <summary>Saves answers as another writer would, with If-Match.</summary>
    public async Task<HttpStatusCode> SaveAnswersAsync(string id, string answersJson, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/agreements/{id}/answers", UriKind.Relative))
        {
            Content = new StringContent(answersJson, Encoding.UTF8, "application/json"),
        };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        using var response = await Api.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Sends <paramref name="body"/> (serialised as JSON, if any) as this person, with If-Match when an ETag is given; fails the test unless it succeeds.</summary>
    public async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body = null, string? etag = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = body is null ? null : new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        using var response = await Api.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Opens the questionnaire at a section and waits until the server said which questions apply.</summary>
    public async Task OpenQuestionnaireAsync(string id, string section = "partijen")
    {
        await Page.GotoAsync($"/overeenkomsten/{id}/vragenlijst#sectie-{section}");
        await Microsoft.Playwright.Assertions.Expect(Page.Locator("#sectie")).Not.ToHaveAttributeAsync("aria-busy", "true");
    }

    /// <summary>On the agreement page: adds a participant's row and fills it in; saving is up to the test.</summary>
    public async Task<ILocator> AddParticipantAsync(string email, string organisation, string role = "zorg")
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Deelnemer toevoegen" }).ClickAsync();
        var row = Page.Locator("fieldset.deelnemer").Last;
        await row.GetByLabel("E-mailadres").FillAsync(email);
        // Once the answers name parties, a participant speaks for one of them, chosen from a list; before that, any organisation.
        var speaksFor = row.Locator("[name=organisation]");
        if (await speaksFor.EvaluateAsync<string>("field => field.tagName") == "SELECT")
        {
            await speaksFor.SelectOptionAsync(organisation);
        }
        else
        {
            await speaksFor.FillAsync(organisation);
        }

        await row.GetByLabel("Rol").SelectOptionAsync(role);
        return row;
    }

    /// <summary>A full-page screenshot under the test output's screenshots/ folder.</summary>
    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(fixture.Screenshots, name + ".png"), FullPage = true });

    /// <summary>
    /// axe-core on the page as it is now: no violation of any rule it runs by default (WCAG 2.0–2.2 A and AA, and its
    /// best practices). The message names each rule and the elements that break it. Frames are left out: the previews
    /// are sandboxed without script, where axe cannot run (it waits for them forever); the tests check a preview on its
    /// own page instead.
    /// </summary>
    public async Task ExpectAccessibleAsync(string state)
    {
        var result = await Page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions { Iframes = false });
        Assert.True(result.Violations.Length == 0, $"axe-core, {state}: " + string.Join(" | ", result.Violations.Select(v =>
            $"{v.Id} ({v.Help}): {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Context.DisposeAsync();
    }
}
