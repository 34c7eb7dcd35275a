using Microsoft.Playwright;
using Overeenkomst.Functions.Tests.Agreements;
using static Microsoft.Playwright.Assertions;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>One person editing in two tabs: nothing typed is lost, and rows of a group are chosen one by one.</summary>
[Collection(BrowserTests.Name)]
public sealed class TwoTabsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Rows_of_a_group_changed_in_both_tabs_are_shown_side_by_side_and_chosen_per_row_and_text_typed_meanwhile_is_kept()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var id = await session.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());
        var first = session.Page;
        await session.OpenQuestionnaireAsync(id, "aanleiding");
        var second = await OpenSecondTabAsync(session, id);

        // The second tab renames the first location and saves; the first tab, not knowing, renames the second one.
        await second.Locator("#v-locaties-0--locatie").FillAsync("Locatie uit tab 2");
        await Expect(second.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        await first.Locator("#v-locaties-1--locatie").FillAsync("Locatie uit tab 1");
        var conflict = first.Locator("#conflict");
        var rows = conflict.Locator("table[data-groep='locaties']");
        await Expect(rows).ToBeVisibleAsync();
        await Expect(rows.Locator("tr[data-regel='0']")).ToContainTextAsync("Laurens De Hofstee");
        await Expect(rows.Locator("tr[data-regel='0']")).ToContainTextAsync("Locatie uit tab 2");
        await Expect(rows.Locator("tr[data-regel='1']")).ToContainTextAsync("Locatie uit tab 1");
        await Expect(rows.Locator("tr[data-regel='2']")).ToContainTextAsync("Gelijk");
        await session.ScreenshotAsync("19-conflict-per-regel");
        await session.ExpectAccessibleAsync("19-conflict-per-regel");

        // Row 1 from the other tab, row 2 from this one; meanwhile the user goes on typing elsewhere.
        await rows.Locator("tr[data-regel='0']").GetByLabel("Opgeslagen regel").CheckAsync();
        await Expect(rows.Locator("tr[data-regel='1']").GetByLabel("Uw regel")).ToBeCheckedAsync();
        await first.GetByLabel("Welke koers zetten de partijen uit?").FillAsync("Koers getypt terwijl het paneel openstond");
        await first.GetByRole(AriaRole.Button, new() { Name = "Opgeslagen versie laden en mijn wijzigingen behouden" }).ClickAsync();
        await Expect(first.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");

        var answers = (await session.ReadAgreementAsync(id)).Agreement.GetProperty("answers");
        Assert.Equal("Locatie uit tab 2", answers.GetProperty("locaties")[0].GetProperty("locatie").GetString());
        Assert.Equal("Locatie uit tab 1", answers.GetProperty("locaties")[1].GetProperty("locatie").GetString());
        Assert.Equal(5, answers.GetProperty("locaties").GetArrayLength());
        Assert.Equal("Koers getypt terwijl het paneel openstond", answers.GetProperty("koers").GetString());
        await Expect(first.Locator("#v-locaties-0--locatie")).ToHaveValueAsync("Locatie uit tab 2");
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Text_typed_while_the_conflict_panel_is_open_survives_loading_the_stored_version_without_ones_own_changes()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var id = await session.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());
        var first = session.Page;
        await session.OpenQuestionnaireAsync(id, "aanleiding");
        var second = await OpenSecondTabAsync(session, id);

        await second.GetByLabel("Naam van de hybride leerwerkplek").FillAsync("Naam uit tab 2");
        await Expect(second.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        await first.GetByLabel("Wat is de gezamenlijke visie op leren en werken?").FillAsync("Visie uit tab 1");
        await Expect(first.Locator("#conflict tr[data-vraag='visie']")).ToContainTextAsync("Visie uit tab 1");

        await first.GetByLabel("Welke koers zetten de partijen uit?").FillAsync("Koers getypt terwijl het paneel openstond");
        await first.GetByRole(AriaRole.Button, new() { Name = "Opgeslagen versie laden zonder mijn wijzigingen" }).ClickAsync();
        await Expect(first.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");

        var answers = (await session.ReadAgreementAsync(id)).Agreement.GetProperty("answers");
        Assert.Equal("Naam uit tab 2", answers.GetProperty("naam_leerwerkplek").GetString());
        Assert.NotEqual("Visie uit tab 1", answers.GetProperty("visie").GetString());
        Assert.Equal("Koers getypt terwijl het paneel openstond", answers.GetProperty("koers").GetString());
        await Expect(first.GetByLabel("Welke koers zetten de partijen uit?")).ToHaveValueAsync("Koers getypt terwijl het paneel openstond");
        await Expect(first.GetByLabel("Naam van de hybride leerwerkplek")).ToHaveValueAsync("Naam uit tab 2");
        Assert.Empty(session.ScriptErrors);
    }

    private static async Task<IPage> OpenSecondTabAsync(WebSession session, string id)
    {
        var tab = await session.Context.NewPageAsync();
        await tab.GotoAsync($"/overeenkomsten/{id}/vragenlijst#sectie-aanleiding");
        await Expect(tab.Locator("#sectie")).Not.ToHaveAttributeAsync("aria-busy", "true");
        return tab;
    }
}
