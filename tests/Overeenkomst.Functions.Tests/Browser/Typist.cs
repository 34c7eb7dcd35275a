using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>
/// Types an answers document into the questionnaire page the way a person would, field by field, and counts what it
/// took: a field counts when the person has to change what the form shows (a default that is already right is left
/// alone); a click is every button pressed, every option chosen and every box or radio button ticked.
/// </summary>
/// <remarks>It finds fields by the ids the page gives them (<c>v-</c> and the path), so it needs no knowledge of labels.</remarks>
internal sealed class Typist(IPage page)
{
    // How long a question may take to appear after the answer that makes it apply (the server decides, after a check).
    private const int AppearTimeout = 10_000;

    public int Fields { get; private set; }

    public int Clicks { get; private set; }

    /// <summary>Presses a button (or follows a link) and counts it.</summary>
    public async Task ClickAsync(ILocator target)
    {
        await target.ClickAsync();
        Clicks++;
    }

    /// <summary>Answers every question of a section that <paramref name="answers"/> answers, in the order of the page.</summary>
    public async Task AnswerSectionAsync(JsonElement section, JsonObject answers)
    {
        foreach (var question in section.GetProperty("questions").EnumerateArray())
        {
            await AnswerAsync(question, question.GetProperty("id").GetString()!, answers[question.GetProperty("id").GetString()!]);
        }
    }

    private async Task AnswerAsync(JsonElement question, string path, JsonNode? wanted)
    {
        if (wanted is null)
        {
            return;
        }

        var type = question.GetProperty("type").GetString();
        var id = FieldId(path);
        var field = page.Locator($"#{id}");
        try
        {
            await field.WaitForAsync(new() { Timeout = AppearTimeout });
        }
        catch (TimeoutException)
        {
            // Not asked for these answers (it follows from others, or does not apply): nothing to type.
            return;
        }

        switch (type)
        {
            case "groep":
                await GroupAsync(question, path, wanted.AsArray());
                break;
            case "ja_nee":
                var radio = page.Locator($"#{id}-{(wanted.GetValue<bool>() ? 0 : 1)}");
                if (!await radio.IsCheckedAsync())
                {
                    await radio.CheckAsync();
                    Fields++;
                    Clicks++;
                }

                break;
            case "meerkeuze":
                await ChoicesAsync(question, id, wanted.AsArray().Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal));
                break;
            default:
                if (await field.EvaluateAsync<string>("e => e.tagName") == "SELECT")
                {
                    if (await field.InputValueAsync() != Text(wanted))
                    {
                        await field.SelectOptionAsync(Text(wanted));
                        Fields++;
                        Clicks++;
                    }
                }
                else if (!SameValue(await field.InputValueAsync(), wanted, type) && !await TakenFromAnotherAsync(id, field, wanted))
                {
                    await field.FillAsync(AsTyped(wanted, type));
                    await field.BlurAsync();
                    Fields++;
                }

                break;
        }
    }

    // An empty field that the server fills from another answer ("standaard_uit") and that the page shows as the wanted one.
    private async Task<bool> TakenFromAnotherAsync(string id, ILocator field, JsonNode wanted)
    {
        var note = page.Locator($"#{id}-gelezen[data-leeg='true']");
        if (await note.CountAsync() == 0 || await field.InputValueAsync() != string.Empty)
        {
            return false;
        }

        try
        {
            await Microsoft.Playwright.Assertions.Expect(note).ToHaveTextAsync($"Leeg gelaten: de overeenkomst noemt {Text(wanted)}.", new() { Timeout = 3000 });
            return true;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }

    private async Task GroupAsync(JsonElement group, string path, JsonArray rows)
    {
        var id = FieldId(path);
        var items = page.Locator($"#{id} > fieldset.item");
        while (await items.CountAsync() < rows.Count)
        {
            var before = await items.CountAsync();
            await ClickAsync(page.Locator($"[data-toevoegen=\"{path}\"]"));
            await Microsoft.Playwright.Assertions.Expect(items).ToHaveCountAsync(before + 1);
        }

        while (await items.CountAsync() > rows.Count)
        {
            var before = await items.CountAsync();
            await ClickAsync(items.Last.Locator(":scope > button.verwijderen"));
            await Microsoft.Playwright.Assertions.Expect(items).ToHaveCountAsync(before - 1);
        }

        for (var index = 0; index < rows.Count; index++)
        {
            var row = rows[index]!.AsObject();
            foreach (var member in group.GetProperty("questions").EnumerateArray())
            {
                var memberId = member.GetProperty("id").GetString()!;
                await AnswerAsync(member, $"{path}[{index}].{memberId}", row[memberId]);
            }
        }
    }

    private async Task ChoicesAsync(JsonElement question, string id, HashSet<string> wanted)
    {
        var changed = false;
        var index = 0;
        foreach (var option in question.GetProperty("options").EnumerateArray())
        {
            var box = page.Locator($"#{id}-{index++}");
            if (await box.IsCheckedAsync() != wanted.Contains(option.GetString()!))
            {
                await box.ClickAsync();
                Clicks++;
                changed = true;
            }
        }

        Fields += changed ? 1 : 0;
    }

    // A number as people write it: amounts with a euro sign and thousands points, percentages with a per cent sign.
    private static string AsTyped(JsonNode wanted, string? type)
    {
        if (wanted is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            var number = value.GetValue<decimal>();
            var dutch = number.ToString(number == decimal.Truncate(number) ? "#,0" : "#,0.00", CultureInfo.GetCultureInfo("nl-NL"));
            return type switch
            {
                "bedrag" => $"€ {dutch}",
                "percentage" => $"{dutch}%",
                _ => dutch,
            };
        }

        return Text(wanted);
    }

    private static bool SameValue(string shown, JsonNode wanted, string? type) =>
        wanted is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? decimal.TryParse(shown.Replace("€", "", StringComparison.Ordinal).Replace("%", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)
                .Replace(',', '.').Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && number == value.GetValue<decimal>()
            : shown == AsTyped(wanted, type);

    private static string Text(JsonNode wanted) => wanted is JsonValue value && value.GetValueKind() == JsonValueKind.String
        ? value.GetValue<string>()
        : wanted.ToJsonString();

    // The page's id for a path (js/vragenlijst/antwoorden.js, fieldId).
    private static string FieldId(string path) => "v-" + path.Replace('[', '-').Replace(']', '-').Replace('.', '-');
}
