using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Storage;
using static Microsoft.Playwright.Assertions;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>Answers stored under a question the questionnaire no longer has: the page says what became of them, and saving goes on.</summary>
[Collection(BrowserTests.Name)]
public sealed class QuestionnaireChangeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_questionnaire_page_tells_what_the_change_of_the_questionnaire_did_to_the_stored_answers()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var id = await session.CreateAgreementAsync(ExampleAnswers.Laurens);
        await StoreAnswerToAQuestionThatNoLongerExistsAsync(id, "vervallen_vraag");

        await session.OpenQuestionnaireAsync(id, "aanleiding");

        var notice = session.Page.Locator("#migratie");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice.GetByRole(AriaRole.Heading)).ToHaveTextAsync("De vragenlijst is gewijzigd sinds deze antwoorden zijn gegeven");
        await Expect(notice).ToContainTextAsync("Het antwoord op 'vervallen_vraag' is vervallen: de vragenlijst kent die vraag niet.");
        await session.Page.GetByLabel("Naam van de hybride leerwerkplek").FillAsync("Leerafdeling De Hofstee");
        await Expect(session.Page.Locator("#opslagstatus")).ToContainTextAsync("Alle wijzigingen opgeslagen");
        var (stored, _) = await session.ReadAgreementAsync(id);
        Assert.False(stored.GetProperty("answers").TryGetProperty("vervallen_vraag", out _));
        Assert.Empty(stored.GetProperty("migration").EnumerateArray());
        Assert.Empty(session.ScriptErrors);
    }

    // As an older deploy would have left it: the answer sits in agreement.json, which the API itself would refuse now.
    private async Task StoreAnswerToAQuestionThatNoLongerExistsAsync(string id, string questionId)
    {
        var store = fixture.Server.Services.GetRequiredService<IStore>();
        Assert.True(AgreementId.TryParse(id, out var agreementId));
        var file = (await store.ReadAsync(AgreementLayout.Agreement(agreementId)))!;
        var agreement = JsonNode.Parse(file.Content.ToString())!;
        agreement["answers"]![questionId] = "een antwoord van vroeger";
        Assert.NotNull(await store.WriteAsync(AgreementLayout.Agreement(agreementId), BinaryData.FromString(agreement.ToJsonString()),
            WriteCondition.Replace(file.ETag), file.Metadata));
    }
}
