using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>The review in Chromium: the care organisation comments, asks for changes and approves; the jurist finalises.</summary>
[Collection(BrowserTests.Name)]
public sealed class ReviewInTheBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_care_organisation_reviews_by_article_and_the_jurist_finalises_and_downloads_the_final_with_its_SHA_256()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var zorg = TestPerson.LaurensZorg with { Email = $"zorg-{suffix}@laurens.example" };
        var jurist = TestPerson.Jurist with { Email = $"jurist-{suffix}@laurens.example" };
        await using var manager = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var id = await manager.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());
        var page = manager.Page;

        // The opleidingsmanager names the participants, renders a draft and submits it.
        await page.GotoAsync($"/overeenkomsten/{id}");
        await AddParticipantAsync(page, zorg);
        await AddParticipantAsync(page, jurist);
        await page.GetByRole(AriaRole.Button, new() { Name = "Deelnemers opslaan" }).ClickAsync();
        await Expect(page.Locator("#melding")).ToContainTextAsync("De deelnemers zijn opgeslagen.");
        await Expect(page.Locator("#deelnemers input[name=email]")).ToHaveCountAsync(3);
        await DraftAndSubmitAsync(page, 1);
        await manager.ScreenshotAsync("20-aangeboden");
        await manager.ExpectAccessibleAsync("20-aangeboden");

        // The care organisation sees it in its list, reads the version, comments on an article and asks for a change.
        await using (var reviewer = await WebSession.SignInAsync(fixture, zorg))
        {
            var review = reviewer.Page;
            await Expect(review.GetByRole(AriaRole.Row).Filter(new() { HasText = "Praktijkgestuurd Leren" })).ToContainTextAsync(Messages.StatusLabels[AgreementStatus.InReview]);
            await review.GetByRole(AriaRole.Link, new() { Name = "Praktijkgestuurd Leren Verpleegkunde Laurens" }).ClickAsync();
            await Expect(review.FrameLocator("#lezen-frame").Locator("h1")).ToContainTextAsync("Praktijkgestuurd Leren");
            var download = await review.RunAndWaitForDownloadAsync(() => review.Locator("[data-download='1']").ClickAsync());
            DocxAssert.IsValid(await File.ReadAllBytesAsync((await download.PathAsync())!));

            await Expect(review.Locator("#artikel option")).Not.ToHaveCountAsync(1);
            await review.GetByLabel("Over welk artikel gaat het?").SelectOptionAsync("Artikel 5");
            await review.GetByLabel("Uw opmerking of de reden").FillAsync("Graag de uren van de werkbegeleiders per week noemen.");
            await review.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
            await Expect(review.Locator("#beoordelingen-lijst")).ToContainTextAsync("Graag de uren van de werkbegeleiders per week noemen.");
            await Expect(review.Locator("#beoordelingen-lijst")).ToContainTextAsync("Artikel 5");
            await Expect(review.Locator("#melding")).ToContainTextAsync("Uw beoordeling is opgeslagen.");

            await review.GetByRole(AriaRole.Radio, new() { Name = "Wijziging vragen (met reden)" }).CheckAsync();
            await review.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
            await Expect(review.Locator("#beoordeling-fouten")).ToContainTextAsync("Schrijf waarom u een wijziging vraagt.");
            await reviewer.ScreenshotAsync("21-beoordelen-fout");
            await reviewer.ExpectAccessibleAsync("21-beoordelen-fout");
            await review.GetByLabel("Uw opmerking of de reden").FillAsync("De opzegtermijn moet twaalf maanden zijn.");
            await review.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
            await Expect(review.Locator("#status")).ToHaveTextAsync(Messages.StatusLabels[AgreementStatus.Concept]);
            Assert.Empty(reviewer.ScriptErrors);
        }

        // Back to the opleidingsmanager: the notice period changes, a new draft goes to review; the care organisation approves it.
        var (saved, etag) = await manager.ReadAgreementAsync(id);
        var answers = JsonNode.Parse(saved.GetProperty("answers").GetRawText())!.AsObject();
        answers["opzegtermijn_maanden"] = 12;
        Assert.Equal(HttpStatusCode.OK, await manager.SaveAnswersAsync(id, answers.ToJsonString(), etag));
        await page.ReloadAsync();
        await DraftAndSubmitAsync(page, 2);
        await using (var reviewer = await WebSession.SignInAsync(fixture, zorg))
        {
            await reviewer.Page.GotoAsync($"/overeenkomsten/{id}");
            await reviewer.Page.GetByRole(AriaRole.Radio, new() { Name = "Goedkeuren" }).CheckAsync();
            await reviewer.Page.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
            await Expect(reviewer.Page.Locator("#status")).ToHaveTextAsync(Messages.StatusLabels[AgreementStatus.Approved]);
        }

        // The jurist sees versions, reviews and the log, finalises, and downloads the final whose SHA-256 is shown.
        await using var legal = await WebSession.SignInAsync(fixture, jurist);
        var final = legal.Page;
        await final.GotoAsync($"/overeenkomsten/{id}");
        await Expect(final.Locator("#beoordelingen-lijst")).ToContainTextAsync("De opzegtermijn moet twaalf maanden zijn.");
        await Expect(final.Locator("#logboek-lijst tbody tr")).Not.ToHaveCountAsync(0);
        await Expect(final.Locator("tr[data-versie='2']")).ToBeVisibleAsync();
        await final.GetByRole(AriaRole.Button, new() { Name = "Versie 2 definitief maken" }).ClickAsync();
        await final.GetByRole(AriaRole.Button, new() { Name = "Ja, versie 2 definitief maken" }).ClickAsync();
        await Expect(final.Locator("#status")).ToHaveTextAsync(Messages.StatusLabels[AgreementStatus.Definitief]);
        var sha = await final.Locator("#definitief-sha").TextContentAsync();
        var finalDownload = await final.RunAndWaitForDownloadAsync(() => final.Locator("#definitief-downloaden").ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await finalDownload.PathAsync())!);
        DocxAssert.IsValid(bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), sha);
        using (var word = new WordDocument(bytes))
        {
            Assert.DoesNotContain("CONCEPT", word.HeaderText(), StringComparison.Ordinal);
        }

        await legal.ScreenshotAsync("22-definitief");

        await legal.ExpectAccessibleAsync("22-definitief");
        Assert.Empty(legal.ScriptErrors);
        Assert.Empty(manager.ScriptErrors);
    }

    [Fact]
    public async Task Two_organisations_never_see_each_others_agreements_names_or_documents()
    {
        await using var albeda = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var other = new TestPerson($"opleiding-{Guid.NewGuid():N}@zadkine.example", "Kees de Vries", "Zadkine", "opleiding");
        await using var zadkine = await WebSession.SignInAsync(fixture, other);
        var secret = JsonNode.Parse(ExampleAnswers.LaurensSignedNextMonth())!.AsObject();
        secret["naam_leerwerkplek"] = "Geheime leerafdeling van Albeda";
        var id = await albeda.CreateAgreementAsync(secret.ToJsonString());
        await albeda.Page.GotoAsync($"/overeenkomsten/{id}");
        await albeda.Page.GetByRole(AriaRole.Button, new() { Name = "Concept opstellen" }).ClickAsync();
        await Expect(albeda.Page.Locator("tr[data-versie='1']")).ToBeVisibleAsync();

        var page = zadkine.Page;
        foreach (var (path, shown) in new[] { ("/", "U doet nog niet mee"), ($"/overeenkomsten/{id}", "Deze overeenkomst bestaat niet"), ($"/overeenkomsten/{id}/vragenlijst", "Deze overeenkomst bestaat niet") })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("main")).ToContainTextAsync(shown);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.DoesNotContain("Geheime leerafdeling", await page.ContentAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("Albeda", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        }

        await zadkine.ScreenshotAsync("23-andere-organisatie");

        await zadkine.ExpectAccessibleAsync("23-andere-organisatie");
        foreach (var path in new[] { $"/api/agreements/{id}", $"/api/agreements/{id}/versions", $"/api/agreements/{id}/versions/1/document", $"/api/agreements/{id}/versions/1/preview" })
        {
            using var response = await zadkine.Api.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Geheime leerafdeling", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var list = await zadkine.Api.GetAsync(new Uri("/api/agreements", UriKind.Relative));
        Assert.DoesNotContain(id, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task AddParticipantAsync(IPage page, TestPerson user)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Deelnemer toevoegen" }).ClickAsync();
        var row = page.Locator("fieldset.deelnemer").Last;
        await Expect(row.GetByLabel("E-mailadres")).ToBeFocusedAsync();
        await row.GetByLabel("E-mailadres").FillAsync(user.Email);
        await row.GetByLabel("Partij").SelectOptionAsync(user.Organisation);
        await row.GetByLabel("Rol").SelectOptionAsync(user.Role);
    }

    private static async Task DraftAndSubmitAsync(IPage page, int version)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept opstellen" }).ClickAsync();
        await Expect(page.Locator("#melding")).ToContainTextAsync($"Concept versie {version} is opgesteld.");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Versie {version} ter beoordeling aanbieden" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync(Messages.StatusLabels[AgreementStatus.InReview]);
    }
}
