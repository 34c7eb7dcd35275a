using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Tests.Support;

/// <summary>The real templates and examples, copied beside the tests by the build.</summary>
public static class TestTemplates
{
    private static readonly Lazy<TemplateSet> Shared = new(() => TemplateSet.Load(AgreementFolder));

    /// <summary>templates/overeenkomst as the build copied it.</summary>
    public static string AgreementFolder => Path.Combine(AppContext.BaseDirectory, "templates", "overeenkomst");

    /// <summary>templates/examples as the build copied it.</summary>
    public static string ExamplesFolder => Path.Combine(AppContext.BaseDirectory, "templates", "examples");

    /// <summary>The agreement templates, loaded once for all tests.</summary>
    public static TemplateSet Set => Shared.Value;

    /// <summary>A renderer over the real templates.</summary>
    public static AgreementRenderer Renderer { get; } = new(Set);

    /// <summary>A fixed moment, so documents rendered in tests are comparable.</summary>
    public static readonly DateTimeOffset FixedTime = new(2026, 7, 1, 9, 30, 0, TimeSpan.Zero);

    /// <summary>The options of a draft version 1 made at <see cref="FixedTime"/>.</summary>
    public static RenderOptions Draft(int version = 1) => RenderOptions.Draft(version, FixedTime, "Test Opleidingsmanager");

    /// <summary>The names of all example answer files, without extension.</summary>
    public static IEnumerable<string> ExampleNames =>
        Directory.EnumerateFiles(ExamplesFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    /// <summary>xunit data: one row per example.</summary>
    public static TheoryData<string> Examples => new(ExampleNames);

    /// <summary>The text of an example answers file.</summary>
    public static string ExampleJson(string name) => File.ReadAllText(Path.Combine(ExamplesFolder, name + ".json"));

    /// <summary>Validates <paramref name="answers"/> and renders them, as every host does; fails the test on invalid answers.</summary>
    public static RenderedAgreement Compose(Answers answers, RenderOptions options)
    {
        var composed = Questionnaire.TestQuestionnaire.Composer.Compose(answers, options);
        return composed.Agreement ?? throw new InvalidOperationException("The answers are invalid: " + Describe(composed.Errors));
    }

    /// <summary>Validates <paramref name="answers"/> and renders them as Markdown; fails the test on invalid answers.</summary>
    public static string ComposeMarkdown(Answers answers)
    {
        var (markdown, errors) = Questionnaire.TestQuestionnaire.Composer.ComposeMarkdown(answers);
        return markdown ?? throw new InvalidOperationException("The answers are invalid: " + Describe(errors));
    }

    private static string Describe(IEnumerable<Overeenkomst.Questionnaire.Validation.ValidationError> errors) =>
        string.Join("; ", errors.Select(error => $"{error.QuestionId}: {error.Message}"));

    /// <summary>The realistic cases beside the examples (LegalText/Cases), without extension.</summary>
    public static IEnumerable<string> ReviewedCaseNames =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "LegalText", "Cases"), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    /// <summary>xunit data: one row per example and per reviewed case.</summary>
    public static TheoryData<string> ExamplesAndReviewedCases => new([.. ExampleNames, .. ReviewedCaseNames]);

    /// <summary>A reviewed case's answers (LegalText/Cases: written from the seeds by reviewers who read its agreement as a jurist would).</summary>
    public static Answers ReviewedCase(string name) =>
        Answers.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "LegalText", "Cases", name + ".json"))).Answers
            ?? throw new InvalidOperationException($"Case {name} does not parse.");

    /// <summary>An example's answers.</summary>
    public static Answers Example(string name) => Answers.Parse(ExampleJson(name)).Answers
        ?? throw new InvalidOperationException($"Example {name} does not parse.");
}
