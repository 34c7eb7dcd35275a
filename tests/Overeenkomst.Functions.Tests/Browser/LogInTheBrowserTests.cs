using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Overeenkomst.Functions.Tests.Agreements;
using static Microsoft.Playwright.Assertions;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>The log on the agreement page: consecutive saves by one person are one entry that names every question they changed.</summary>
[Collection(BrowserTests.Name)]
public sealed class LogInTheBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Consecutive_saves_by_the_same_person_are_one_entry_listing_the_questions_changed()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var id = await session.CreateAgreementAsync(ExampleAnswers.Laurens);
        await SaveAsync(session, id, answers => answers["naam_leerwerkplek"] = "Leerhuis De Hofstee");
        await SaveAsync(session, id, answers => answers["partijen"]![1]!["kvk"] = "12345678");
        await SaveAsync(session, id, answers => answers["naam_leerwerkplek"] = "Leerhuis Hofstee");
        using var draft = await session.Api.PostAsync(new Uri($"/api/agreements/{id}/versions", UriKind.Relative), content: null);
        await SaveAsync(session, id, answers => answers["betaaltermijn_dagen"] = 14);

        await session.Page.GotoAsync($"/overeenkomsten/{id}");

        var rows = session.Page.Locator("#logboek-lijst tbody tr");
        await Expect(rows).ToHaveCountAsync(4);
        await Expect(rows.Nth(0)).ToContainTextAsync("antwoorden opgeslagen");
        await Expect(rows.Nth(0)).ToContainTextAsync("Betaaltermijn (dagen)");
        await Expect(rows.Nth(1)).ToContainTextAsync("versie gemaakt (versie 1)");
        var saves = rows.Nth(2);
        await Expect(saves).ToContainTextAsync("antwoorden opgeslagen (3 keer)");
        await Expect(saves).ToContainTextAsync("2 antwoorden gewijzigd:");
        await Expect(saves.Locator("li")).ToHaveTextAsync(["Naam van de hybride leerwerkplek", "KvK-nummer (partijen 2)"]);
        await Expect(saves).ToContainTextAsync($"Jeroen Bakker ({session.User.Email})");
        await Expect(rows.Nth(3)).ToContainTextAsync("aangemaakt");
        await session.ScreenshotAsync("12-logboek");
        Assert.Empty(session.ScriptErrors);
    }

    private static async Task SaveAsync(WebSession session, string id, Action<JsonObject> change)
    {
        var (agreement, etag) = await session.ReadAgreementAsync(id);
        var answers = JsonNode.Parse(agreement.GetProperty("answers").GetRawText())!.AsObject();
        change(answers);
        Assert.Equal(System.Net.HttpStatusCode.OK, await session.SaveAnswersAsync(id, answers.ToJsonString(), etag));
    }
}
