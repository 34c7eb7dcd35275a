using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Signing;
using Overeenkomst.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>
/// After the text is final, in Chromium: two parties confirm their own blocks, the agreement is finalised, its three
/// signatories (who take no part and have no role) find it on their start page and sign it, and the calendar and the
/// signing record are downloaded.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class SigningInTheBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Two_parties_confirm_their_blocks_and_three_signatories_sign_the_final_and_download_the_calendar()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var zorg = TestPerson.LaurensZorg with { Email = $"zorg-{suffix}@laurens.example" };
        var jurist = TestPerson.Jurist with { Email = $"jurist-{suffix}@laurens.example" };
        TestPerson[] signers =
        [
            new($"vandijk-{suffix}@laurens.example", "Marijke van Dijk", "Laurens", ""),
            new($"degroot-{suffix}@albeda.example", "Paul de Groot", "Albeda", ""),
            new($"visser-{suffix}@albeda.example", "Anne Visser", "Albeda", ""),
        ];
        await using var manager = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var id = await manager.CreateAgreementAsync(AnswersFor(signers));
        var (_, etag) = await manager.ReadAgreementAsync(id);
        await manager.SendAsync(HttpMethod.Put, $"/api/agreements/{id}/participants", new
        {
            participants = new[] { manager.User, zorg, jurist }.Select(person => person.AsParticipant()),
        }, etag);

        // The questionnaire shows whose blocks still wait; the opleidingsmanager confirms Albeda's own block.
        await manager.OpenQuestionnaireAsync(id);
        await Expect(manager.Page.Locator("#blokken-status")).ToContainTextAsync($"Wacht op Laurens: {zorg.Email}");
        await manager.Page.GotoAsync($"/overeenkomsten/{id}");
        await manager.Page.GetByRole(AriaRole.Button, new() { Name = "Gegevens van Albeda bevestigen" }).ClickAsync();
        await Expect(manager.Page.Locator("#melding")).ToContainTextAsync("De gegevens van Albeda zijn bevestigd.");
        await Expect(manager.Page.Locator("[data-blok='Albeda']")).ToContainTextAsync("Bevestigd door");
        await manager.ScreenshotAsync("60-eigen-gegevens");

        // Laurens confirms its own block through its reviewer, and approves the submitted version.
        await using (var reviewer = await WebSession.SignInAsync(fixture, zorg))
        {
            await reviewer.Page.GotoAsync($"/overeenkomsten/{id}");
            await Expect(reviewer.Page.Locator("#eigen-blok")).ToContainTextAsync("De gegevens van Laurens");
            await reviewer.Page.GetByRole(AriaRole.Button, new() { Name = "Gegevens van Laurens bevestigen" }).ClickAsync();
            await Expect(reviewer.Page.Locator("[data-blok='Laurens']")).ToContainTextAsync("Bevestigd door Fatima el Amrani");
            await manager.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/versions");
            await manager.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/submit", new { version = 1 });
            await reviewer.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/reviews", new { version = 1, kind = "goedkeuring" });
            Assert.Empty(reviewer.ScriptErrors);
        }

        await using (var legal = await WebSession.SignInAsync(fixture, jurist))
        {
            await legal.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/finalize");
        }

        // Each signatory signs in without a role, finds the agreement on their start page with its next date, and signs.
        foreach (var signer in signers)
        {
            await using var session = await WebSession.SignInAsync(fixture, signer);
            var page = session.Page;
            var row = page.Locator($"tr[data-overeenkomst='{id}']");
            await Expect(row).ToContainTextAsync("Praktijkgestuurd Leren");
            await Expect(row.Locator("td.volgende")).Not.ToHaveTextAsync("…");
            await row.GetByRole(AriaRole.Link).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"Ondertekenen als" }).ClickAsync();
            await Expect(page.Locator("#bevestigen")).ToContainTextAsync("SHA-256");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ja, ondertekenen" }).ClickAsync();
            await Expect(page.Locator("#melding")).ToContainTextAsync("ondertekend");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ondertekenen als" })).ToHaveCountAsync(0);
            Assert.Empty(session.ScriptErrors);
            if (signer == signers[^1])
            {
                await Expect(page.Locator("#status")).ToHaveTextAsync("Ondertekend");
                await Expect(page.Locator("#alles-ondertekend")).ToBeVisibleAsync();
                await session.ScreenshotAsync("61-ondertekend");

                var calendar = await page.RunAndWaitForDownloadAsync(() => page.Locator("#agenda-downloaden").ClickAsync());
                var events = Ical.Net.Calendar.Load(await File.ReadAllTextAsync((await calendar.PathAsync())!))!.Events;
                Assert.Equal(10, events.Count);
                Assert.All(events, found => Assert.Contains("samenwerkingsovereenkomst", found.Description, StringComparison.Ordinal));
                var record = await page.RunAndWaitForDownloadAsync(() => page.Locator("#verklaring-downloaden").ClickAsync());
                DocxAssert.IsValid(await File.ReadAllBytesAsync((await record.PathAsync())!));
            }
        }
    }

    // The signing tests' agreement (two parties, three signatories), with this run's own addresses.
    private static string AnswersFor(TestPerson[] signers)
    {
        var answers = JsonNode.Parse(SigningClient.Answers)!.AsObject();
        var parties = answers["partijen"]!.AsArray();
        parties[0]!["vertegenwoordiger_email"] = signers[0].Email;
        parties[1]!["vertegenwoordiger_email"] = signers[1].Email;
        parties[1]!["vertegenwoordiger2_email"] = signers[2].Email;
        return answers.ToJsonString();
    }
}
