using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>The page of one agreement, and every page at tablet width and at 200 % zoom.</summary>
[Collection(BrowserTests.Name)]
public sealed class AgreementPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_agreement_page_renders_a_draft_shows_it_in_the_browser_and_downloads_the_file_whose_SHA_256_it_shows()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var id = await session.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());

        await page.GotoAsync($"/overeenkomsten/{id}");
        await Expect(page.Locator("h1")).ToContainTextAsync("Praktijkgestuurd Leren Verpleegkunde Laurens");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Concept");
        await Expect(page.Locator("#versies-lijst")).ToContainTextAsync("Er is nog geen versie opgesteld.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Concept opstellen" }).ClickAsync();
        await Expect(page.Locator("#melding")).ToContainTextAsync("Concept versie 1 is opgesteld.");
        await Expect(page.Locator("#melding .gelukt")).ToBeFocusedAsync();
        var row = page.Locator("tr[data-versie='1']");
        await Expect(row).ToContainTextAsync("Concept");

        await row.GetByRole(AriaRole.Button, new() { Name = "Versie 1 lezen" }).ClickAsync();
        await Expect(page.FrameLocator("#lezen-frame").Locator("h1")).ToContainTextAsync("Praktijkgestuurd Leren Verpleegkunde Laurens");
        await Expect(page.Locator("#lezen-kop")).ToBeFocusedAsync();
        await Expect(page.Locator("#lezen-kop")).ToHaveTextAsync("Versie 1 (concept)");
        await session.ScreenshotAsync("10-overeenkomst-versie");
        await session.ExpectAccessibleAsync("10-overeenkomst-versie");

        var download = await page.RunAndWaitForDownloadAsync(() => row.Locator("[data-download='1']").ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        DocxAssert.IsValid(bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), await row.Locator("[data-sha256='1']").TextContentAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Vragenlijst invullen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stap 1 van 11: Partijen" })).ToBeVisibleAsync();
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task The_owner_cannot_be_removed_from_the_participants_and_a_draft_on_its_own_page_is_marked_CONCEPT()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var id = await session.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());
        await page.GotoAsync($"/overeenkomsten/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept opstellen" }).ClickAsync();
        await Expect(page.Locator("#melding")).ToContainTextAsync("Concept versie 1 is opgesteld.");

        // The owner's row says why it stays and offers nothing that the server would refuse.
        var owner = page.Locator("fieldset.deelnemer[data-eigenaar='true']");
        await Expect(owner).ToHaveCountAsync(1);
        await Expect(owner).ToContainTextAsync("Eigenaar: blijft altijd deelnemer.");
        await Expect(owner.GetByRole(AriaRole.Button, new() { Name = "Verwijderen" })).ToHaveCountAsync(0);
        await Expect(owner.GetByLabel("E-mailadres")).ToHaveValueAsync(session.User.Email);
        await Expect(owner.GetByLabel("E-mailadres")).ToHaveAttributeAsync("readonly", "");
        await Expect(owner.GetByLabel("Rol")).ToBeDisabledAsync();
        var row = await session.AddParticipantAsync("f.elamrani@laurens.example", "Laurens");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Verwijderen" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Deelnemers opslaan" }).ClickAsync();
        await Expect(page.Locator("#melding")).ToContainTextAsync("De deelnemers zijn opgeslagen.");
        await session.ExpectAccessibleAsync("17-deelnemers");

        // Opened on its own page (printed, forwarded), the draft still says it is one.
        await page.GotoAsync($"/api/agreements/{id}/versions/1/preview");
        await Expect(page.Locator(".markering")).ToHaveTextAsync("CONCEPT — versie 1");
        await Expect(page.Locator("h1")).ToContainTextAsync("Praktijkgestuurd Leren Verpleegkunde Laurens");
        await session.ScreenshotAsync("18-concept-eigen-pagina");
        await session.ExpectAccessibleAsync("18-concept-eigen-pagina");
        Assert.Empty(session.ScriptErrors);
    }

    [Theory]
    [InlineData(768, "tablet")]
    [InlineData(640, "zoom-200")]
    [InlineData(390, "telefoon")]
    public async Task Every_page_fits_its_width_without_sideways_scrolling(int width, string name)
    {
        // 200 % zoom of a 1280 pixel wide window leaves 640 CSS pixels: the layout the browser then uses. 390 px is a phone.
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider(), width);
        var page = session.Page;
        var id = await session.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());
        using (var draft = await session.Api.PostAsync(new Uri($"/api/agreements/{id}/versions", UriKind.Relative), null))
        {
            Assert.True(draft.IsSuccessStatusCode);
        }

        foreach (var path in new[] { "/", $"/overeenkomsten/{id}", $"/overeenkomsten/{id}/vragenlijst#sectie-bekostiging", $"/overeenkomsten/{id}/vragenlijst#sectie-partijen", $"/overeenkomsten/{id}/vragenlijst#sectie-controleren" })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("h1")).Not.ToContainTextAsync("geladen");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow} px wider than {width} px.");
        }

        await page.GotoAsync($"/overeenkomsten/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Versie 1 lezen" }).ClickAsync();
        await Expect(page.Locator("#lezen-kop")).ToBeFocusedAsync();
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0,
            $"The agreement page with a version open is wider than {width} px.");
        await session.ScreenshotAsync($"11-overeenkomst-{name}");
        await session.ExpectAccessibleAsync($"11-overeenkomst-{name}");
        await page.GotoAsync($"/overeenkomsten/{id}/vragenlijst#sectie-controleren");
        await Expect(page.Locator("#sectie-kop")).ToHaveTextAsync("Controleer uw antwoorden");
        await session.ScreenshotAsync($"11-vragenlijst-{name}");

        await session.ExpectAccessibleAsync($"11-vragenlijst-{name}");
        Assert.Empty(session.ScriptErrors);
    }
}
