using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Checking;
using Overeenkomst.Quality;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Loading;
using Overeenkomst.Questionnaire.Validation;
using Overeenkomst.Rendering;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Questionnaire;

/// <summary>The real questionnaire and the services built on it, plus small helpers to build answers and one-question definitions.</summary>
public static class TestQuestionnaire
{
    private static readonly Lazy<QuestionnaireDefinition> Shared = new(() => QuestionnaireLoader.Load(DefinitionPath));

    /// <summary>templates/vragenlijst/vragenlijst.json as the build copied it.</summary>
    public static string DefinitionPath => Path.Combine(AppContext.BaseDirectory, "templates", "vragenlijst", QuestionnaireLoader.FileName);

    /// <summary>A bad definition from TestData.</summary>
    public static string TestDataPath(string name) => Path.Combine(AppContext.BaseDirectory, "Questionnaire", "TestData", name);

    public static QuestionnaireDefinition Definition => Shared.Value;

    public static AnswerChecker Checker { get; } = new(Definition);

    public static AnswerValidator Validator { get; } = new(Definition);

    public static AgreementComposer Composer { get; } = new(Validator, TestTemplates.Renderer);

    public static Answers Parse(string json) => Answers.Parse(json).Answers ?? throw new InvalidOperationException("Test answers do not parse: " + json);

    public static Answers Parse(JsonNode json) => Parse(json.ToJsonString());

    /// <summary>An example's answers as a mutable JSON object, to change one thing in a test.</summary>
    public static JsonObject ExampleObject(string name) => JsonNode.Parse(TestTemplates.ExampleJson(name))!.AsObject();

    /// <summary>A definition with one section covering every point and the given questions (JSON objects as in the file).</summary>
    public static QuestionnaireDefinition Define(params string[] questions) =>
        QuestionnaireLoader.Parse(
            $$"""{ "versie": "t", "secties": [ { "id": "s", "titel": "Sectie", "punten": [1,2,3,4,5,6,7,8,9,10,11,12,13,14], "vragen": [ {{string.Join(",", questions)}} ] } ] }""",
            "test.json");

    /// <summary>A one-question definition: <c>x</c> of the given type, required, with extra JSON members (e.g. <c>"opties": [..]</c>).</summary>
    public static QuestionnaireDefinition OneQuestion(string type, string extra = "") =>
        Define($$"""{ "id": "x", "type": "{{type}}", "label": "X", "hulp": "Waarom.", "verplicht": true {{(extra.Length > 0 ? "," + extra : string.Empty)}} }""");

    /// <summary>Validates <c>{ "x": value }</c> against a one-question definition.</summary>
    public static AnswerEvaluation ValidateOne(QuestionnaireDefinition definition, string valueJson) =>
        new AnswerValidator(definition).Validate(Parse($$"""{ "x": {{valueJson}} }"""));

    /// <summary>The messages for one question id.</summary>
    public static IReadOnlyList<string> ErrorsFor(AnswerEvaluation evaluation, string id) =>
        evaluation.Errors.Where(e => e.QuestionId == id).Select(e => e.Message).ToList();

    public static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>A question by its id, or a group member as <c>groep.vraag</c>.</summary>
    public static QuestionDefinition Question(string id) =>
        id.Split('.') is [var group, var member]
            ? Definition.Questions[group].Questions.Single(q => q.Id == member)
            : Definition.Questions[id];

    /// <summary>The label the person sees for a question id, or for a group member as <c>groep.vraag</c>.</summary>
    public static string Label(string id) => Question(id).Label;

    /// <summary>Asserts that <paramref name="message"/> names each question by the label the person sees, in quotes.</summary>
    public static void AssertNamesQuestions(string message, params string[] ids)
    {
        foreach (var id in ids)
        {
            Assert.Contains($"'{Label(id)}'", message, StringComparison.Ordinal);
        }
    }

    /// <summary>Validates partial answers against the real questionnaire and gives every error.</summary>
    public static IReadOnlyList<ValidationError> Errors(string json) => Checker.Check(Parse(json)).Validation.Errors;

    public static QualityCheck Quality { get; } = new();
}
