using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>The opleidingsmanager in Chromium: start an agreement, be guided through it, save, check, preview, draft, download.</summary>
[Collection(BrowserTests.Name)]
public sealed partial class OpleidingsmanagerJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_opleidingsmanager_starts_an_agreement_and_is_guided_with_progress_validation_and_autosave()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn overeenkomsten" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("01-overzicht");
        await session.ExpectAccessibleAsync("01-overzicht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe overeenkomst starten" }).ClickAsync();
        await page.WaitForURLAsync(QuestionnaireUrl());
        await Expect(page.Locator("#sectie")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stap 1 van 11: Partijen" })).ToBeVisibleAsync();
        var total = page.Locator("#voortgang-totaal");
        await Expect(total).ToContainTextAsync("verplichte vragen beantwoord");
        var totalAtStart = await total.TextContentAsync();

        // A party with a KvK number that is too short: the message appears beside the field once the field is left.
        await page.GetByRole(AriaRole.Button, new() { Name = "Partij toevoegen" }).ClickAsync();
        await Expect(page.GetByLabel("Statutaire naam")).ToBeFocusedAsync();
        await page.GetByLabel("Statutaire naam").FillAsync("Stichting Laurens");
        await page.GetByLabel("KvK-nummer").FillAsync("123");
        await page.GetByLabel("KvK-nummer").BlurAsync();
        var kvkError = page.Locator("#v-partijen-0--kvk-fout");
        await Expect(kvkError).ToContainTextAsync("8 cijfers");
        await Expect(page.GetByLabel("KvK-nummer")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#opslagstatus")).ToContainTextAsync("opgeslagen");

        // The error summary lists the section's problems and its links lead to the fields.
        await page.GetByRole(AriaRole.Button, new() { Name = "Controleer deze stap" }).ClickAsync();
        var summary = page.Locator(".foutenoverzicht");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Heading)).ToContainTextAsync("punten om te verbeteren");
        await session.ScreenshotAsync("02-foutenoverzicht");
        await session.ExpectAccessibleAsync("02-foutenoverzicht");
        await summary.GetByRole(AriaRole.Link, new() { Name = "KvK-nummer" }).ClickAsync();
        await Expect(page.GetByLabel("KvK-nummer")).ToBeFocusedAsync();
        await page.GetByLabel("KvK-nummer").FillAsync("24123456");
        await page.GetByLabel("KvK-nummer").BlurAsync();
        await Expect(kvkError).ToHaveCountAsync(0);

        // On to the next section: its answer raises its progress and is saved without pressing anything.
        await page.GetByRole(AriaRole.Button, new() { Name = "Volgende stap" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stap 2 van 11: Aanleiding en visie" })).ToBeFocusedAsync();
        await Expect(ProgressOf(page, "Aanleiding en visie")).ToHaveTextAsync("0 %");
        await page.GetByLabel("Naam van de hybride leerwerkplek").FillAsync("Leerafdeling De Hofstee");
        await Expect(ProgressOf(page, "Aanleiding en visie")).Not.ToHaveTextAsync("0 %");
        await Expect(total).Not.ToHaveTextAsync(totalAtStart!);
        await Expect(page.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Leerafdeling De Hofstee");
        await Expect(page).ToHaveTitleAsync(new Regex("^Stap 2 van 11: Aanleiding en visie – "));
        await session.ScreenshotAsync("03-vragenlijst-opgeslagen");
        await session.ExpectAccessibleAsync("03-vragenlijst-opgeslagen");

        var id = QuestionnaireUrl().Match(page.Url).Groups[1].Value;
        var (stored, _) = await session.ReadAgreementAsync(id);
        Assert.Equal("Leerafdeling De Hofstee", stored.GetProperty("answers").GetProperty("naam_leerwerkplek").GetString());
        Assert.Equal("24123456", stored.GetProperty("answers").GetProperty("partijen")[0].GetProperty("kvk").GetString());

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Leerafdeling De Hofstee" })).ToBeVisibleAsync();
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Changing_an_answer_updates_the_quality_check_and_the_draft_is_previewed_rendered_and_downloaded()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var id = await session.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());

        await session.OpenQuestionnaireAsync(id, "doelen");
        var q1 = page.Locator("[data-regel='Q1']");
        await Expect(q1.Locator(".uitkomst")).ToContainTextAsync("voldaan");
        await Expect(q1.Locator(".uitkomst-voldaan")).ToHaveCountAsync(1);

        // Q1 asks for at least six students per ward: three is not enough, and the panel says so as it is typed.
        await page.GetByLabel("Hoeveel studenten leren er tegelijk per afdeling?").FillAsync("3");
        await page.Keyboard.PressAsync("Tab");
        await Expect(q1.Locator(".uitkomst-niet-voldaan")).ToHaveCountAsync(1);
        await Expect(q1.Locator(".bron")).ToContainTextAsync("Bron:");
        await Expect(page.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        await session.ScreenshotAsync("04-kwaliteitstoets");
        await session.ExpectAccessibleAsync("04-kwaliteitstoets");

        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld tonen" }).ClickAsync();
        var preview = page.FrameLocator("#voorbeeld-frame");
        await Expect(preview.Locator("body")).ToContainTextAsync("Praktijkgestuurd Leren Verpleegkunde Laurens");
        await session.ScreenshotAsync("05-voorbeeld");
        await session.ExpectAccessibleAsync("05-voorbeeld");

        await page.Locator("#naar-controleren").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept opstellen" }).ClickAsync();
        await Expect(page.Locator("#concept-resultaat")).ToContainTextAsync("Concept versie 1 is opgesteld.");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#concept-downloaden").ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        DocxAssert.IsValid(bytes);
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        using (var word = new WordDocument(bytes))
        {
            Assert.Contains("CONCEPT", word.HeaderText(), StringComparison.Ordinal);
        }

        await page.Locator("#concept-lezen").ClickAsync();
        await Expect(page.Locator("body")).ToContainTextAsync("Praktijkgestuurd Leren Verpleegkunde Laurens");
        await session.ScreenshotAsync("06-concept-lezen");
        await session.ExpectAccessibleAsync("06-concept-lezen");
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task A_save_by_someone_else_in_between_is_explained_and_what_was_typed_is_kept()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var id = await session.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());
        await session.OpenQuestionnaireAsync(id, "aanleiding");
        await Expect(page.GetByLabel("Welke koers zetten de partijen uit?")).ToBeVisibleAsync();

        // A colleague saves a new name through the API while the page is open.
        var (_, etag) = await session.ReadAgreementAsync(id);
        var theirs = JsonNode.Parse(ExampleAnswers.LaurensSignedNextMonth())!.AsObject();
        theirs["naam_leerwerkplek"] = "Naam van de collega";
        Assert.Equal(System.Net.HttpStatusCode.OK, await session.SaveAnswersAsync(id, theirs.ToJsonString(), etag));

        await page.GetByLabel("Welke koers zetten de partijen uit?").FillAsync("Mijn nieuwe koers");
        var conflict = page.Locator("#conflict");
        await Expect(conflict).ToContainTextAsync("Iemand anders heeft deze overeenkomst intussen gewijzigd");
        await Expect(page.Locator("#opslagstatus")).ToHaveAttributeAsync("data-state", "conflict");
        var row = conflict.Locator("tr[data-vraag='koers']");
        await Expect(row).ToContainTextAsync("Mijn nieuwe koers");
        await Expect(row).ToContainTextAsync("In het eerste jaar start één groep");
        await Expect(page.GetByLabel("Welke koers zetten de partijen uit?")).ToHaveValueAsync("Mijn nieuwe koers");
        await session.ScreenshotAsync("07-conflict");
        await session.ExpectAccessibleAsync("07-conflict");

        await page.GetByRole(AriaRole.Button, new() { Name = "Opgeslagen versie laden en mijn wijzigingen behouden" }).ClickAsync();
        await Expect(page.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        await Expect(page.GetByLabel("Naam van de hybride leerwerkplek")).ToHaveValueAsync("Naam van de collega");
        var (stored, _) = await session.ReadAgreementAsync(id);
        Assert.Equal("Mijn nieuwe koers", stored.GetProperty("answers").GetProperty("koers").GetString());
        Assert.Equal("Naam van de collega", stored.GetProperty("answers").GetProperty("naam_leerwerkplek").GetString());
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Only_the_questions_that_apply_are_shown_and_they_follow_the_answers()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var id = await session.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());

        // A BRIN code is asked of schools only (Laurens is the care organisation, Albeda the school).
        await session.OpenQuestionnaireAsync(id, "partijen");
        await Expect(page.Locator("#v-partijen-1--brin")).ToBeVisibleAsync();
        await Expect(page.Locator("#v-partijen-0--brin")).ToHaveCountAsync(0);
        await page.Locator("#v-partijen-0--soort").FocusAsync();
        await page.Locator("#v-partijen-0--soort").SelectOptionAsync("mbo-instelling");
        await Expect(page.Locator("#v-partijen-0--brin")).ToBeVisibleAsync();
        await Expect(page.Locator("#v-partijen-0--soort")).ToBeFocusedAsync();

        // The description of the training follows the yes/no answer before it.
        await session.OpenQuestionnaireAsync(id, "rollen");
        var training = page.GetByLabel("Welke scholing krijgen werkbegeleiders?");
        await Expect(training).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Is scholing voor werkbegeleiders geregeld?" }).GetByLabel("Nee").CheckAsync();
        await Expect(training).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Group, new() { Name = "Is scholing voor werkbegeleiders geregeld?" }).GetByLabel("Ja").CheckAsync();
        await Expect(training).ToBeVisibleAsync();
        await Expect(training).Not.ToHaveValueAsync("");
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task What_the_agreement_says_for_an_unanswered_question_is_in_the_form_from_the_start()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var id = await session.CreateAgreementAsync("{}");

        // The suggested roles, tasks included, are rows to complete: not an empty group with errors on rows nobody sees.
        await session.OpenQuestionnaireAsync(id, "rollen");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Rol 5" })).ToBeVisibleAsync();
        await Expect(page.Locator("#v-rollen-0--rol")).ToHaveValueAsync("docent");
        await Expect(page.Locator("#v-rollen-0--taken")).Not.ToHaveValueAsync("");
        await page.Locator("#v-rollen-0--aantal").FillAsync("2");
        await Expect(page.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        var roles = (await session.ReadAgreementAsync(id)).Agreement.GetProperty("answers").GetProperty("rollen");
        Assert.Equal(5, roles.GetArrayLength());
        Assert.Equal(2, roles[0].GetProperty("aantal").GetInt32());
        Assert.Equal("werkbegeleider", roles[1].GetProperty("rol").GetString());

        // Single answers: the payment term, the notice period, mediation first.
        await session.OpenQuestionnaireAsync(id, "bekostiging");
        await Expect(page.GetByLabel("Betaaltermijn (dagen)")).ToHaveValueAsync("30");
        await session.OpenQuestionnaireAsync(id, "juridisch");
        await Expect(page.GetByLabel("Opzegtermijn (maanden)")).ToHaveValueAsync("6");
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Eerst mediation" }).GetByLabel("Ja")).ToBeCheckedAsync();
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Rows_of_a_group_are_added_and_removed_within_its_minimum_and_maximum()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var id = await session.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());
        await session.OpenQuestionnaireAsync(id, "partijen");

        // At least two parties: with two, neither can be removed.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Partij 2 verwijderen" })).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Partij toevoegen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Partij 3" })).ToBeVisibleAsync();
        await page.Locator("#v-partijen-2--naam").FillAsync("Hogeschool Rotterdam");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Partij 3 verwijderen" })).ToBeEnabledAsync();
        await Expect(page.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        Assert.Equal(3, (await session.ReadAgreementAsync(id)).Agreement.GetProperty("answers").GetProperty("partijen").GetArrayLength());

        await page.GetByRole(AriaRole.Button, new() { Name = "Partij 3 verwijderen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Partij 3" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Partij toevoegen" })).ToBeFocusedAsync();
        await Expect(page.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        Assert.Equal(2, (await session.ReadAgreementAsync(id)).Agreement.GetProperty("answers").GetProperty("partijen").GetArrayLength());
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task A_draft_of_incomplete_answers_is_refused_with_a_summary_that_leads_to_each_field_in_any_section()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var answers = JsonNode.Parse(ExampleAnswers.LaurensSignedNextMonth())!.AsObject();
        answers.Remove("koers");
        var id = await session.CreateAgreementAsync(answers.ToJsonString());
        await session.OpenQuestionnaireAsync(id, "ondertekening");

        await page.Locator("#naar-controleren").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept opstellen" }).ClickAsync();
        var summary = page.Locator(".foutenoverzicht");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("De overeenkomst kan nog niet worden opgesteld: 1 punt om te verbeteren");
        await Expect(page.Locator("#concept-resultaat")).ToContainTextAsync("De antwoorden zijn nog niet volledig of geldig");

        // The link leads from the last step to the field in the second.
        await summary.GetByRole(AriaRole.Link, new() { Name = "Welke koers zetten de partijen uit?" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stap 2 van 11: Aanleiding en visie" })).ToBeVisibleAsync();
        var field = page.GetByLabel("Welke koers zetten de partijen uit?");
        await Expect(field).ToBeFocusedAsync();
        await Expect(page.Locator("#v-koers-fout")).ToContainTextAsync("verplicht");
        await field.FillAsync("Eerst één afdeling, daarna uitbreiden.");
        await field.BlurAsync();
        await Expect(page.Locator("#v-koers-fout")).ToHaveCountAsync(0);
        await Expect(summary).ToHaveCountAsync(0);
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Hostile_text_is_shown_literally_in_the_page_the_preview_and_the_document_and_never_runs()
    {
        const string hostile = "<img src=x onerror=\"window.__aangevallen=1\"><script>window.__aangevallen=2</script> {{ 7 * 7 }} **vet** &amp;";
        var longText = string.Concat(Enumerable.Repeat("Heel lange tekst zonder einde. ", 400));
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var id = await session.CreateAgreementAsync(ExampleAnswers.LaurensSignedNextMonth());
        await session.OpenQuestionnaireAsync(id, "aanleiding");

        await page.GetByLabel("Naam van de hybride leerwerkplek").FillAsync(hostile);
        await page.GetByLabel("Welke koers zetten de partijen uit?").FillAsync(longText);
        await Expect(page.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        await Expect(page.Locator("h1")).ToHaveTextAsync(hostile);

        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld tonen" }).ClickAsync();
        var preview = page.FrameLocator("#voorbeeld-frame");
        await Expect(preview.Locator("body")).ToContainTextAsync(hostile);
        await Expect(preview.Locator("body")).ToContainTextAsync("Heel lange tekst zonder einde.");
        await Expect(preview.Locator("img, script")).ToHaveCountAsync(0);
        await session.ScreenshotAsync("08-vijandige-tekst");
        await session.ExpectAccessibleAsync("08-vijandige-tekst");

        await page.Locator("#naar-controleren").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Concept opstellen" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#concept-downloaden").ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        DocxAssert.IsValid(bytes);
        using (var word = new WordDocument(bytes))
        {
            Assert.Contains(hostile, word.Text(), StringComparison.Ordinal);
        }

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = hostile })).ToBeVisibleAsync();
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__aangevallen"));
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task The_first_section_can_be_filled_in_with_the_keyboard_alone_with_visible_focus()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var id = await session.CreateAgreementAsync("{}");
        await session.OpenQuestionnaireAsync(id);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stap 1 van 11: Partijen" })).ToBeVisibleAsync();

        // The skip link is the first stop and leads straight to the questions.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Naar de vragen" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        var add = page.GetByRole(AriaRole.Button, new() { Name = "Partij toevoegen" });
        await Expect(add).ToBeFocusedAsync();
        Assert.NotEqual("none", await add.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByLabel("Statutaire naam")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Stichting Laurens");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Korte naam in de overeenkomst")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Laurens");
        await page.Keyboard.PressAsync("Tab");
        var kind = page.GetByLabel("Soort organisatie");
        await Expect(kind).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(kind).ToHaveValueAsync("zorgorganisatie");
        await session.ScreenshotAsync("09-toetsenbord");
        await session.ExpectAccessibleAsync("09-toetsenbord");

        await Expect(page.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        var (stored, _) = await session.ReadAgreementAsync(id);
        var party = stored.GetProperty("answers").GetProperty("partijen")[0];
        Assert.Equal("Stichting Laurens", party.GetProperty("naam").GetString());
        Assert.Equal("Laurens", party.GetProperty("korte_naam").GetString());
        Assert.Equal("zorgorganisatie", party.GetProperty("soort").GetString());
        Assert.Empty(session.ScriptErrors);
    }

    // The example is a complete agreement, except that its signing date must not lie in the past for a new agreement.

    private static ILocator ProgressOf(IPage page, string section) =>
        page.Locator("#voortgang li").Filter(new() { HasText = section }).Locator(".percentage");

    [GeneratedRegex(@"/overeenkomsten/([^/]+)/vragenlijst")]
    private static partial Regex QuestionnaireUrl();
}
