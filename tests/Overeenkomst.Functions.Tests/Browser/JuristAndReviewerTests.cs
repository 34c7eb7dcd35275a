using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>
/// The review round in Chromium as the people in it see it: a request for changes on top of the agreement page, linked
/// to its article and its questions; the reviewer reading what changed since the version they reviewed; the jurist
/// rewriting an article and seeing the redline; finalising only after a confirmation that names the version.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class JuristAndReviewerTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_change_request_is_shown_on_top_and_the_reviewer_reads_what_changed_since_the_version_they_reviewed()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var zorg = TestPerson.LaurensZorg with { Email = $"zorg-{suffix}@laurens.example" };
        await using var manager = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var id = await SubmittedAsync(manager, zorg);

        // The care organisation asks for a change in an article of version 1.
        await using (var reviewer = await WebSession.SignInAsync(fixture, zorg))
        {
            var review = reviewer.Page;
            await review.GotoAsync($"/overeenkomsten/{id}");
            await Expect(review.Locator("#artikel option")).Not.ToHaveCountAsync(1);
            var article = (await review.Locator("#artikel option").Nth(6).GetAttributeAsync("value"))!;
            await review.GetByRole(AriaRole.Radio, new() { Name = "Wijziging vragen (met reden)" }).CheckAsync();
            await review.GetByLabel("Over welk artikel gaat het?").SelectOptionAsync(article);
            await review.GetByLabel("Uw opmerking of de reden").FillAsync("De overlegfrequentie moet hoger.");
            await review.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
            await Expect(review.Locator("#status")).ToHaveTextAsync(Messages.StatusLabels[AgreementStatus.Concept]);

            // The opleidingsmanager sees it on top: who, what, which article — a link into version 1 — and its questions.
            var page = manager.Page;
            await page.GotoAsync($"/overeenkomsten/{id}");
            var request = page.Locator("#wijzigingsverzoek-inhoud");
            await Expect(request).ToContainTextAsync("Wijziging gevraagd in versie 1");
            await Expect(request).ToContainTextAsync("Fatima el Amrani (Laurens)");
            await Expect(request).ToContainTextAsync("De overlegfrequentie moet hoger.");
            await Expect(request.Locator("#wijzigingsverzoek-artikel")).ToContainTextAsync(article);
            await Expect(request.Locator("a[data-vraag]")).Not.ToHaveCountAsync(0);
            Assert.Contains("/vragenlijst#sectie-", await request.Locator("a[data-vraag]").First.GetAttributeAsync("href"), StringComparison.Ordinal);
            await request.Locator("#wijzigingsverzoek-artikel").ClickAsync();
            var anchor = (await page.Locator("#wijzigingsverzoek-artikel").GetAttributeAsync("href"))!.Split('#')[1];
            await Expect(page.Locator("#lezen-kop + p a")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"/versions/1/preview#{System.Text.RegularExpressions.Regex.Escape(Uri.EscapeDataString(anchor))}$"));
            await Expect(page.Locator("#lezen-fragment blockquote")).Not.ToBeEmptyAsync();
            await Expect(page.FrameLocator("#lezen-frame").Locator($"[id='{anchor}']")).ToBeVisibleAsync();
            await manager.ScreenshotAsync("30-wijziging-gevraagd");

            // Submitting version 1 again is refused with the reason; a changed version 2 goes to review.
            await page.GetByRole(AriaRole.Button, new() { Name = "Versie 1 ter beoordeling aanbieden" }).ClickAsync();
            await Expect(page.Locator("#melding")).ToContainTextAsync(Messages.ResubmittedUnchanged(1, 1)[..40]);
            await ChangeAnswersAsync(manager, id, answers => answers["overleggen"]![0]!["frequentie"] = "Elke maand");
            await page.ReloadAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Concept opstellen" }).ClickAsync();
            await Expect(page.Locator("#melding")).ToContainTextAsync("Concept versie 2 is opgesteld.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Versie 2 ter beoordeling aanbieden" }).ClickAsync();
            await Expect(page.Locator("#status")).ToHaveTextAsync(Messages.StatusLabels[AgreementStatus.InReview]);
            await Expect(page.Locator("#wijzigingsverzoek-inhoud")).ToHaveCountAsync(0);

            // The reviewer opens what changed since version 1, reads the reason beside the article, downloads the tracked changes.
            await review.ReloadAsync();
            await review.GetByRole(AriaRole.Button, new() { Name = "Wat is er veranderd sinds versie 1, die u beoordeelde" }).ClickAsync();
            var redline = review.FrameLocator("#lezen-frame");
            await Expect(redline.Locator("section.wijziging").First).ToBeVisibleAsync();
            await Expect(redline.Locator("body")).ToContainTextAsync("“Twee keer per jaar” → “Elke maand”");
            await Expect(redline.Locator("ins").First).ToBeVisibleAsync();
            await Expect(redline.Locator("details.ongewijzigd").First).ToBeAttachedAsync();
            await reviewer.ScreenshotAsync("31-wat-is-er-veranderd");
            var download = await review.RunAndWaitForDownloadAsync(() => review.Locator("#vergelijking-downloaden").ClickAsync());
            var docx = await File.ReadAllBytesAsync((await download.PathAsync())!);
            DocxAssert.IsValid(docx);
            Assert.NotEqual((0, 0), TrackedChangesXml.Count(docx));

            await review.GetByRole(AriaRole.Radio, new() { Name = "Goedkeuren" }).CheckAsync();
            await review.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
            await Expect(review.Locator("#status")).ToHaveTextAsync(Messages.StatusLabels[AgreementStatus.Approved]);
            await Expect(review.Locator("tr[data-partij='Laurens'] .goedkeuring")).ToContainTextAsync("Goedgekeurd (versie 2)");
            await Expect(review.Locator("tr[data-partij='Albeda'] .goedkeuring")).ToContainTextAsync("Goedgekeurd (versie 2)");
            Assert.Empty(reviewer.ScriptErrors);
        }

        Assert.Empty(manager.ScriptErrors);
    }

    [Fact]
    public async Task The_jurist_rewrites_an_article_sees_the_redline_and_finalises_only_after_confirming()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var zorg = TestPerson.LaurensZorg with { Email = $"zorg-{suffix}@laurens.example" };
        var jurist = TestPerson.Jurist with { Email = $"jurist-{suffix}@laurens.example" };
        await using var manager = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var id = await manager.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());
        var (_, etag) = await manager.ReadAgreementAsync(id);
        await manager.SendAsync(HttpMethod.Put, $"/api/agreements/{id}/participants", new { participants = new[] { manager.User, zorg, jurist }.Select(person => person.AsParticipant()) }, etag);
        await manager.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/versions");

        await using var legal = await WebSession.SignInAsync(fixture, jurist);
        var page = legal.Page;
        await page.GotoAsync($"/overeenkomsten/{id}");
        await Expect(page.Locator("#artikelen")).ToBeVisibleAsync();
        var choice = page.GetByLabel("Artikel of lid");
        await Expect(choice.Locator("option")).Not.ToHaveCountAsync(1);
        var clause = (await choice.Locator("option").Nth(4).GetAttributeAsync("value"))!;
        await choice.SelectOptionAsync(clause);
        await Expect(page.Locator("#artikel-sjabloon")).Not.ToBeEmptyAsync();
        await page.GetByLabel("Eigen tekst").FillAsync("Partijen spreken dit af in een aparte brief van de jurist.");
        await page.GetByLabel("Reden van de afwijking").FillAsync("De raad van bestuur wil één document.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Eigen tekst opslaan" }).ClickAsync();
        await Expect(page.Locator("#melding")).ToContainTextAsync("De eigen tekst is opgeslagen.");

        // The redline of the current draft against version 1 opens at the changed article, with who changed it and why.
        var redline = page.FrameLocator("#lezen-frame");
        var section = redline.Locator($"section[data-clause='{clause.Split('.')[0]}']");
        await Expect(section).ToContainTextAsync("Partijen spreken dit af in een aparte brief van de jurist.");
        await Expect(section.Locator("aside")).ToContainTextAsync("De raad van bestuur wil één document.");
        await Expect(section.Locator("aside")).ToContainTextAsync(jurist.Name);
        await Expect(page.Locator("#artikel-keuze")).ToHaveValueAsync(clause);
        await Expect(page.Locator("#artikel-terugzetten")).ToBeVisibleAsync();
        await legal.ScreenshotAsync("32-jurist-past-artikel-aan");

        // The next version carries the edit; once every party approved, the jurist finalises — after confirming.
        await manager.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/versions");
        await manager.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/submit", new { version = 2 });
        await using (var reviewer = await WebSession.SignInAsync(fixture, zorg))
        {
            await reviewer.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/reviews", new { version = 2, kind = "goedkeuring" });
        }

        await page.ReloadAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync(Messages.StatusLabels[AgreementStatus.Approved]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Versie 2 definitief maken" }).ClickAsync();
        var dialog = page.Locator("dialog#bevestigen");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("Versie 2 definitief maken?");
        await Expect(dialog).ToContainTextAsync("kan niet ongedaan worden gemaakt");
        await Expect(page.Locator("#bevestigen-nee")).ToBeFocusedAsync();
        await legal.ScreenshotAsync("33-definitief-bevestigen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Annuleren" }).ClickAsync();
        await Expect(dialog).Not.ToBeVisibleAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync(Messages.StatusLabels[AgreementStatus.Approved]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Versie 2 definitief maken" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, versie 2 definitief maken" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync(Messages.StatusLabels[AgreementStatus.Definitief]);
        await Expect(page.Locator("#artikelen")).ToBeHiddenAsync();
        Assert.Empty(legal.ScriptErrors);
    }

    // The owner names the reviewer, renders version 1 and submits it (through the API: the journey tested here starts after).
    private static async Task<string> SubmittedAsync(WebSession manager, TestPerson reviewer)
    {
        var id = await manager.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());
        var (_, etag) = await manager.ReadAgreementAsync(id);
        await manager.SendAsync(HttpMethod.Put, $"/api/agreements/{id}/participants", new { participants = new[] { manager.User, reviewer }.Select(person => person.AsParticipant()) }, etag);
        await manager.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/versions");
        await manager.SendAsync(HttpMethod.Post, $"/api/agreements/{id}/submit", new { version = 1 });
        return id;
    }

    private static async Task ChangeAnswersAsync(WebSession session, string id, Action<JsonObject> change)
    {
        var (agreement, etag) = await session.ReadAgreementAsync(id);
        var answers = JsonNode.Parse(agreement.GetProperty("answers").GetRawText())!.AsObject();
        change(answers);
        Assert.Equal(System.Net.HttpStatusCode.OK, await session.SaveAnswersAsync(id, answers.ToJsonString(), etag));
    }
}
