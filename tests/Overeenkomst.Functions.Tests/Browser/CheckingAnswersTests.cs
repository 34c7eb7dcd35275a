using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Overeenkomst.Functions.Tests.Agreements;
using static Microsoft.Playwright.Assertions;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>The questionnaire says what is so: the check step, honest progress, numbers as typed, parties from a list, read-only once submitted.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class CheckingAnswersTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_check_step_shows_each_answer_as_the_agreement_writes_it_names_what_is_missing_and_its_links_lead_to_the_field()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var answers = JsonNode.Parse(ExampleAnswers.LaurensSignedNextMonth())!.AsObject();
        answers.Remove("studenten_per_afdeling");
        var id = await session.CreateAgreementAsync(answers.ToJsonString());
        await session.OpenQuestionnaireAsync(id, "partijen");
        await Expect(page.Locator("#concept")).ToBeHiddenAsync();

        // Reachable from any step; the draft is made from here.
        await page.Locator("#naar-controleren").ClickAsync();
        await Expect(page.Locator("#sectie-kop")).ToHaveTextAsync("Controleer uw antwoorden");
        await Expect(page.Locator("#sectie-kop")).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Concept opstellen" })).ToBeVisibleAsync();
        await Expect(Row(page, "start_eerste_cohort")).ToContainTextAsync("1 september 2026");
        await Expect(Row(page, "scholing_werkbegeleiders")).ToContainTextAsync("Ja");
        await Expect(Row(page, "nieuwe_functies")).ToContainTextAsync("Nee");
        await Expect(Row(page, "begroting[2].post")).ToContainTextAsync(new Regex(@"Bedrag \(exclusief btw\): €\s12\.500,00"));
        await Expect(Row(page, "begroting[2].post")).ToContainTextAsync(new Regex(@"Laurens, 50\s%"));
        await Expect(Row(page, "partijen[1].naam")).ToContainTextAsync("Stichting Albeda College");
        await Expect(Row(page, "percentage_vaste_dienst")).ToContainTextAsync(new Regex(@"85\s%"));

        // What is missing, and what the quality check found, by the questions' labels (never their ids).
        const string label = "Hoeveel studenten leren er tegelijk per afdeling?";
        await Expect(page.Locator("#samenvatting-open")).ToContainTextAsync(label);
        var q1 = page.Locator("#samenvatting-kwaliteit [data-regel='Q1']");
        await Expect(q1).ToContainTextAsync(label);
        await Expect(page.Locator("#kwaliteit [data-regel='Q1']")).ToContainTextAsync(label);
        Assert.DoesNotContain("studenten_per_afdeling", await page.Locator("#kwaliteit").InnerTextAsync(), StringComparison.Ordinal);
        await session.ScreenshotAsync("12-controleren");
        await session.ExpectAccessibleAsync("12-controleren");

        // "Wijzigen" goes straight to the field, in its own step.
        await Row(page, "start_eerste_cohort").GetByRole(AriaRole.Link, new() { Name = "Wijzigen" }).ClickAsync();
        await Expect(page.Locator("#sectie-kop")).ToHaveTextAsync("Stap 3 van 11: Doelen en aantallen");
        await Expect(page.Locator("#v-start_eerste_cohort")).ToBeFocusedAsync();
        await Expect(page.Locator("#concept")).ToBeHiddenAsync();

        // So do the links of what is missing and of the quality check; answering it empties both.
        await page.Locator("#naar-controleren").ClickAsync();
        await q1.GetByRole(AriaRole.Link, new() { Name = label }).ClickAsync();
        var field = page.GetByLabel(label);
        await Expect(field).ToBeFocusedAsync();
        await field.FillAsync("6");
        await page.Locator("#naar-controleren").ClickAsync();
        await Expect(page.Locator("#samenvatting-compleet")).ToBeVisibleAsync();
        await Expect(q1).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept opstellen" }).ClickAsync();
        await Expect(page.Locator("#concept-resultaat")).ToContainTextAsync("Concept versie 1 is opgesteld.");
        await session.ExpectAccessibleAsync("12-controleren-concept");
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task A_step_is_complete_only_without_errors_the_count_holds_while_typing_and_the_checked_result_keeps_the_focus()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var answers = JsonNode.Parse(ExampleAnswers.LaurensSignedNextMonth())!.AsObject();
        answers["rollen"]![0]!["partij"] = "Zadkine";
        answers.Remove("koers");
        var id = await session.CreateAgreementAsync(answers.ToJsonString());

        // A role provided by a party that does not take part: every answer is there, and still the step is not done.
        await session.OpenQuestionnaireAsync(id, "rollen");
        await Expect(ProgressOf(page, "Rollen en inzet")).Not.ToHaveTextAsync("100 %");
        await Expect(page.Locator("#voortgang-uitleg")).ToContainTextAsync("die bij uw antwoorden horen");
        await page.Locator("#v-rollen-0--partij").SelectOptionAsync("Albeda");
        await Expect(ProgressOf(page, "Rollen en inzet")).ToHaveTextAsync("100 %");

        // Typed letter by letter: the number of required questions stays put, wrong intermediate numbers included.
        await session.OpenQuestionnaireAsync(id, "ondertekening");
        await Expect(page.Locator("label[for='v-ondertekening_datum']")).ToContainTextAsync("(niet verplicht)");
        await Expect(page.Locator("#v-ondertekening_datum-hulp")).ToContainTextAsync("partijen vaak op verschillende dagen tekenen");
        var total = page.Locator("#voortgang-totaal");
        await Expect(total).ToContainTextAsync("verplichte vragen");
        var required = RequiredCount().Match((await total.TextContentAsync())!).Groups[1].Value;
        var counts = new HashSet<string>();
        foreach (var key in new[] { "1", "2", "," })
        {
            await page.GetByLabel("In hoeveel exemplaren?").PressAsync(key);
            await page.WaitForTimeoutAsync(400);
            counts.Add(RequiredCount().Match((await total.TextContentAsync())!).Groups[1].Value);
        }

        Assert.Equal([required], counts);

        // Text inputs show the same red border as selects when wrong.
        var copies = page.GetByLabel("In hoeveel exemplaren?");
        await copies.BlurAsync();
        await Expect(copies).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal("rgb(160, 0, 0)", await copies.EvaluateAsync<string>("e => getComputedStyle(e).borderTopColor"));
        await copies.FillAsync("2");

        // "Controleer deze stap" right after typing judges what was typed; the result keeps the focus after the save.
        await session.OpenQuestionnaireAsync(id, "aanleiding");
        await page.GetByLabel("Welke koers zetten de partijen uit?").FillAsync("Eerst één afdeling, daarna uitbreiden.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleer deze stap" }).ClickAsync();
        var result = page.Locator("#foutenoverzicht .gelukt");
        await Expect(result).ToContainTextAsync("volledig en geldig");
        await Expect(result).ToBeFocusedAsync();
        await Expect(page.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        await page.WaitForTimeoutAsync(1000);
        await Expect(result).ToBeFocusedAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.activeElement === document.body"));
        await session.ExpectAccessibleAsync("13-stap-gecontroleerd");
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Amounts_and_percentages_typed_in_Dutch_notation_are_read_as_the_API_reads_them_and_shown_back()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var id = await session.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());
        await session.OpenQuestionnaireAsync(id, "bekostiging");

        await page.Locator("#v-begroting-0--bedrag").FillAsync("€ 12.500");
        await page.Locator("#v-begroting-1--bedrag").FillAsync("12.500,50");
        await Expect(page.Locator("#v-begroting-0--bedrag-gelezen")).ToHaveTextAsync(new Regex(@"^Gelezen als €\s12\.500,00$"));
        await Expect(page.Locator("#v-begroting-1--bedrag-gelezen")).ToHaveTextAsync(new Regex(@"^Gelezen als €\s12\.500,50$"));
        await session.OpenQuestionnaireAsync(id, "randvoorwaarden");
        await page.GetByLabel("Welk deel van het team is in vaste dienst?").FillAsync("85%");
        await Expect(page.Locator("#v-percentage_vaste_dienst-gelezen")).ToHaveTextAsync(new Regex(@"^Gelezen als 85\s%$"));
        await session.ExpectAccessibleAsync("14-getallen-gelezen");

        // Stored as typed, the server reads them in Dutch notation: twelve thousand five hundred, not twelve and a half.
        await Expect(page.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        var stored = (await session.ReadAgreementAsync(id)).Agreement.GetProperty("answers");
        Assert.Equal("€ 12.500", stored.GetProperty("begroting")[0].GetProperty("bedrag").GetString());
        using var check = await session.Api.PostAsync(new Uri("/api/answers/check", UriKind.Relative),
            new StringContent(stored.GetRawText(), System.Text.Encoding.UTF8, "application/json"));
        var shown = JsonNode.Parse(await check.Content.ReadAsStringAsync())!["shown"]!;
        Assert.Equal("€\u00A012.500,00", shown["begroting[0].bedrag"]!.GetValue<string>());
        Assert.Equal("€\u00A012.500,50", shown["begroting[1].bedrag"]!.GetValue<string>());
        Assert.Equal("85\u00A0%", shown["percentage_vaste_dienst"]!.GetValue<string>());
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task A_question_that_names_a_party_offers_the_parties_short_names_and_follows_them()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var id = await session.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());

        await session.OpenQuestionnaireAsync(id, "doelen");
        var owner = page.Locator("#v-doelen-0--eigenaar");
        Assert.Equal("SELECT", await owner.EvaluateAsync<string>("e => e.tagName"));
        Assert.Equal(["", "Laurens", "Albeda"], await owner.Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)"));
        await Expect(owner).ToHaveValueAsync("Laurens");

        // A new party is on the lists as soon as it has a short name.
        await session.OpenQuestionnaireAsync(id, "partijen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Partij toevoegen" }).ClickAsync();
        await page.Locator("#v-partijen-2--korte_naam").FillAsync("Hogeschool Rotterdam");
        await Expect(page.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        await session.OpenQuestionnaireAsync(id, "bekostiging");
        var share = page.Locator("#v-begroting-0--verdeling-0--partij");
        await Expect(share.Locator("option[value='Hogeschool Rotterdam']")).ToHaveCountAsync(1);
        await share.SelectOptionAsync("Hogeschool Rotterdam");
        await Expect(page.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        var stored = (await session.ReadAgreementAsync(id)).Agreement.GetProperty("answers");
        Assert.Equal("Hogeschool Rotterdam", stored.GetProperty("begroting")[0].GetProperty("verdeling")[0].GetProperty("partij").GetString());

        // The same marking tells the server which questions must name a party; the form shows every one as a list.
        await session.OpenQuestionnaireAsync(id, "juridisch");
        await page.GetByRole(AriaRole.Group, new() { Name = "Verwerkt een partij persoonsgegevens in opdracht van een andere partij" }).GetByLabel("Ja").CheckAsync();
        await Expect(page.Locator("#v-verwerker")).ToBeVisibleAsync();
        Assert.Equal("SELECT", await page.Locator("#v-verwerker").EvaluateAsync<string>("e => e.tagName"));
        Assert.Equal("SELECT", await page.Locator("#v-verwerkingsverantwoordelijke").EvaluateAsync<string>("e => e.tagName"));
        await session.ExpectAccessibleAsync("15-partijen-als-lijst");
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task After_submission_the_questionnaire_says_it_is_read_only_and_why_and_shows_the_answers_without_buttons()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var id = await session.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());
        await page.GotoAsync($"/overeenkomsten/{id}");
        await session.AddParticipantAsync($"zorg-{Guid.NewGuid():N}@laurens.example", "Laurens");
        await page.GetByRole(AriaRole.Button, new() { Name = "Deelnemers opslaan" }).ClickAsync();
        await Expect(page.Locator("#melding")).ToContainTextAsync("De deelnemers zijn opgeslagen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept opstellen" }).ClickAsync();
        await Expect(page.Locator("#melding")).ToContainTextAsync("Concept versie 1 is opgesteld.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Versie 1 ter beoordeling aanbieden" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("Ter beoordeling");

        await page.GotoAsync($"/overeenkomsten/{id}/vragenlijst");
        await Expect(page.Locator("#sectie")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Expect(page.Locator("#alleen-lezen")).ToContainTextAsync("Versie 1 is ter beoordeling aangeboden");
        await Expect(page.Locator("#alleen-lezen")).ToContainTextAsync("liggen de antwoorden vast");
        await Expect(Row(page, "naam_leerwerkplek")).ToContainTextAsync("Praktijkgestuurd Leren Verpleegkunde Laurens");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen" })).ToHaveCountAsync(0);
        await Expect(page.Locator("main button:visible, main input:visible, main select:visible, main textarea:visible")).ToHaveCountAsync(0);
        await Expect(page.Locator("#voortgang")).Not.ToContainTextAsync("geladen");
        await Expect(page.Locator("#kwaliteit [data-regel='Q1']")).ToContainTextAsync("voldaan");
        await session.ScreenshotAsync("16-alleen-lezen");
        await session.ExpectAccessibleAsync("16-alleen-lezen");
        Assert.Empty(session.ScriptErrors);
    }

    private static ILocator Row(IPage page, string path) => page.Locator($"[data-samenvatting='{path}']");

    private static ILocator ProgressOf(IPage page, string section) =>
        page.Locator("#voortgang li").Filter(new() { HasText = section }).Locator(".percentage");

    [GeneratedRegex(@"van (\d+) verplichte")]
    private static partial Regex RequiredCount();
}
