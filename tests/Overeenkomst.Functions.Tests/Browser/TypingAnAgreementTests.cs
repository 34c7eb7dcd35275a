using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Overeenkomst.Checking;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Loading;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>What it takes a person to type a real agreement into an empty one: the figure the README reports.</summary>
[Collection(BrowserTests.Name)]
public sealed class TypingAnAgreementTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task The_Laurens_example_typed_into_an_empty_agreement_gives_the_same_agreement_and_the_effort_is_counted()
    {
        await using var session = await WebSession.SignInAsync(fixture, TestPerson.NewOpleider());
        var page = session.Page;
        var typist = new Typist(page);
        var laurens = JsonNode.Parse(ExampleAnswers.Laurens)!.AsObject();
        using var questionnaire = JsonDocument.Parse(await session.Api.GetStringAsync(new Uri("/api/questionnaire", UriKind.Relative)));
        var sections = questionnaire.RootElement.GetProperty("sections").EnumerateArray().ToList();

        await typist.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe overeenkomst starten" }));
        await Expect(page.Locator("#sectie")).Not.ToHaveAttributeAsync("aria-busy", "true");
        for (var index = 0; index < sections.Count; index++)
        {
            if (index > 0)
            {
                await typist.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Volgende stap" }));
            }

            await Expect(page.Locator("#sectie-kop")).ToContainTextAsync($"Stap {index + 1} van {sections.Count}");
            await typist.AnswerSectionAsync(sections[index], laurens);
        }

        // From the last step on to "Controleer uw antwoorden", where the draft is made.
        await typist.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Volgende stap" }));
        await Expect(page.Locator("#sectie-kop")).ToHaveTextAsync("Controleer uw antwoorden");

        await typist.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Concept opstellen", Exact = true }));
        await Expect(page.Locator("#concept-resultaat")).ToContainTextAsync("Concept versie 1 is opgesteld.");

        // What was typed is the example: the server prepares both into the same answers.
        var id = page.Url.Split('/')[4];
        var (stored, _) = await session.ReadAgreementAsync(id);
        var checker = new AnswerChecker(QuestionnaireLoader.Load(Path.Combine(AppContext.BaseDirectory, "templates", "vragenlijst", QuestionnaireLoader.FileName)));
        string Prepared(string json) => InOptionOrder(checker.Check(Answers.Parse(json).Answers!).Validation.Prepared)!.ToJsonString();
        Assert.Equal(Prepared(ExampleAnswers.Laurens), Prepared(stored.GetProperty("answers").GetRawText()));

        output.WriteLine($"Laurens typed into an empty agreement: {typist.Fields} fields filled, {typist.Clicks} clicks.");

        // Before issue 19 it took 209 fields (README, "How much typing an agreement takes"): defaults and answers that
        // follow from others must keep it below that.
        Assert.InRange(typist.Fields, 1, 208);
        Assert.Empty(session.ScriptErrors);
    }

    // Ticked boxes come in the order of the options; the example lists them as someone wrote them down.
    private static JsonNode? InOptionOrder(JsonNode? node) => node switch
    {
        JsonObject item => new JsonObject(item.Select(pair => KeyValuePair.Create(pair.Key, InOptionOrder(pair.Value)))),
        JsonArray list when list.All(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String) =>
            new JsonArray(list.Select(n => (JsonNode?)JsonValue.Create(n!.GetValue<string>())).OrderBy(n => n!.GetValue<string>(), StringComparer.Ordinal).ToArray()),
        JsonArray list => new JsonArray(list.Select(InOptionOrder).ToArray()),
        _ => node?.DeepClone(),
    };
}
