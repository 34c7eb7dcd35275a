using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Tests.Questionnaire;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.LegalText;

/// <summary>
/// Every example and reviewed case rendered once, with its answers and clauses at hand, for the tests that read the
/// agreement as a jurist would.
/// </summary>
public static class RenderedExamples
{
    private static readonly Lazy<IReadOnlyDictionary<string, RenderedExample>> All = new(() =>
        TestTemplates.ExampleNames.ToDictionary(name => name, name => Render(name, TestTemplates.Example(name))));

    private static readonly Lazy<IReadOnlyDictionary<string, RenderedExample>> Cases = new(() =>
        TestTemplates.ReviewedCaseNames.ToDictionary(name => name, name => Render(name, TestTemplates.ReviewedCase(name))));

    /// <summary>The example called <paramref name="name"/>, rendered.</summary>
    public static RenderedExample Get(string name) => All.Value[name];

    /// <summary>Every example, rendered.</summary>
    public static IEnumerable<RenderedExample> Every => All.Value.Values;

    /// <summary>The example or reviewed case (<see cref="TestTemplates.ReviewedCase"/>) called <paramref name="name"/>, rendered.</summary>
    public static RenderedExample ExampleOrCase(string name) => Cases.Value.TryGetValue(name, out var reviewed) ? reviewed : Get(name);

    private static RenderedExample Render(string name, Answers answers)
    {
        var (markdown, errors) = TestQuestionnaire.Composer.ComposeMarkdown(answers);
        Assert.True(errors.Count == 0, $"{name}: " + string.Join("; ", errors.Select(e => $"{e.QuestionId}: {e.Message}")));

        // The answers as the agreement saw them: defaults filled in, hidden answers gone.
        var prepared = TestQuestionnaire.Checker.Check(answers).Validation.Prepared;
        return new RenderedExample(name, markdown!, prepared, ClauseReader.Read(markdown!));
    }
}

/// <summary>One example as rendered: its Markdown, its prepared answers (defaults filled in) and its clauses.</summary>
public sealed record RenderedExample(string Name, string Markdown, JsonObject Answers, IReadOnlyList<Clause> Clauses)
{
    /// <summary>The Markdown without clause ids, as a reader sees the text.</summary>
    public string Text { get; } = System.Text.RegularExpressions.Regex.Replace(Markdown, @" \{#[a-z0-9.-]+\}", "");

    /// <summary>The parties' short names.</summary>
    public IReadOnlyList<string> ShortNames => [.. Parties.Select(p => (string)p["korte_naam"]!)];

    /// <summary>The parties' answers.</summary>
    public IReadOnlyList<JsonObject> Parties => [.. Answers["partijen"]!.AsArray().Select(p => p!.AsObject())];

    /// <summary>The programmes' answers.</summary>
    public IReadOnlyList<JsonObject> Programmes => [.. Answers["opleidingen"]!.AsArray().Select(p => p!.AsObject())];

    /// <summary>How many parties are of <paramref name="kind"/> ("zorgorganisatie", "mbo-instelling", "hogeschool", "overig").</summary>
    public int PartiesOfKind(params string[] kind) => Parties.Count(p => kind.Contains((string?)p["soort"]));

    /// <summary>Whether any programme is mbo.</summary>
    public bool HasMbo => Programmes.Any(p => (string?)p["soort_onderwijs"] == "mbo");

    /// <summary>Whether any programme has <paramref name="route"/> as its leerweg.</summary>
    public bool HasRoute(string route) => Programmes.Any(p => (string?)p["leerweg"] == route);

    /// <summary>The answer to a top-level yes/no question, false when absent.</summary>
    public bool Yes(string id) => Answers[id] is JsonValue value && value.TryGetValue<bool>(out var yes) && yes;

    /// <summary>The text of the clause <paramref name="id"/>; fails when it is not in the agreement.</summary>
    public string Clause(string id) => Clauses.SingleOrDefault(c => c.Id == id)?.Markdown ?? throw new Xunit.Sdk.XunitException($"{Name}: no clause '{id}'.");

    /// <summary>Whether the agreement has the clause <paramref name="id"/>.</summary>
    public bool Has(string id) => Clauses.Any(c => c.Id == id);

    public override string ToString() => Name;
}
