using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire.Definition;
using Scriban.Runtime;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// Walks the questionnaire over a (complete or partial) answers document: which questions are visible, what is wrong
/// per question id, how complete each section is, and the prepared answers the agreement is rendered from.
/// </summary>
/// <remarks>Thread-safe: each call has its own scope; the definition is read-only.</remarks>
public sealed class AnswerValidator
{
    private readonly QuestionnaireDefinition definition;
    private readonly IReadOnlyList<ICrossFieldRule> crossFieldRules;

    /// <summary>Creates a validator for <paramref name="definition"/> with the standard cross-field rules.</summary>
    public AnswerValidator(QuestionnaireDefinition definition)
        : this(definition, CrossFieldRules.For(definition))
    {
    }

    internal AnswerValidator(QuestionnaireDefinition definition, IReadOnlyList<ICrossFieldRule> crossFieldRules)
    {
        this.definition = definition;
        this.crossFieldRules = crossFieldRules;
    }

    /// <summary>The questionnaire this validator checks against.</summary>
    public QuestionnaireDefinition Definition => definition;

    /// <summary>Checks <paramref name="answers"/>.</summary>
    public AnswerEvaluation Validate(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var topLevel = ConditionScope.ById(answers.Root);
        var scope = new ConditionScope(definition, topLevel);
        var walk = new Walk(scope, topLevel);
        UnknownQuestions.In(definition, topLevel, walk.Errors);
        var asked = definition.Sections.Select(section => (section, visible: section.Questions.Where(q => walk.Top(q, topLevel)).ToList())).ToList();
        scope.Finish();
        foreach (var rule in crossFieldRules)
        {
            walk.Errors.AddRange(rule.Check(walk.Prepared));
        }

        // Counted once everything is checked, cross-field rules included, so a section reads 100 % only when nothing in it is wrong.
        var wrong = walk.Errors.Select(e => TopLevelId(e.QuestionId)).ToHashSet(StringComparer.Ordinal);
        var sections = asked.Select(s => SectionCompleteness.Of(s.section, s.visible, wrong)).ToList();
        return new AnswerEvaluation(walk.Errors, walk.Visible, sections, walk.Prepared);
    }

    private static string TopLevelId(string path) => path[..(path.IndexOfAny(['[', '.']) is var end and >= 0 ? end : path.Length)];

    private sealed class Walk(ConditionScope scope, Dictionary<string, JsonElement> topLevel)
    {
        public List<ValidationError> Errors { get; } = [];

        public List<string> Visible { get; } = [];

        public JsonObject Prepared { get; } = [];

        private JsonElement? TopLevel(string id) => topLevel.TryGetValue(id, out var value) ? value : null;

        private JsonElement? Beside(JsonElement? item, string id) => (item is { } inItem ? ConditionScope.Answer(inItem, id) : null) ?? TopLevel(id);

        public bool Top(QuestionDefinition question, Dictionary<string, JsonElement> answers)
        {
            var visible = scope.IsVisible(question, item: null);
            var value = visible ? Question(question, answers.TryGetValue(question.Id, out var raw) ? raw : null, question.Id, item: null) : null;
            if (!visible || value is null)
            {
                scope.Forget(question, item: null);
            }

            Prepared[question.Id] = value;
            return visible;
        }

        // item: the group item the question is in, where "standaard_uit" looks first (then at the top level).
        private JsonNode? Question(QuestionDefinition question, JsonElement? raw, string path, JsonElement? item)
        {
            Visible.Add(path);
            if (ValueFormats.IsEmpty(raw) && question.DefaultFrom is { } source && Beside(item, source) is { } derived && !ValueFormats.IsEmpty(derived))
            {
                raw = derived;
            }

            if (ValueFormats.IsEmpty(raw))
            {
                if (question.Default is { } fallback)
                {
                    raw = fallback;
                }
                else
                {
                    if (question.Required || question.Limits.MinItems > 0)
                    {
                        Errors.Add(new ValidationError(path, question.IsGroup ? Messages.TooFewItems(Math.Max(1, question.Limits.MinItems ?? 1)) : Messages.Required));
                    }

                    // An explicit empty list is an answer ("none"); an absent one is not answered yet.
                    return question.IsGroup && raw is { ValueKind: JsonValueKind.Array } ? new JsonArray() : null;
                }
            }

            if (question.IsGroup)
            {
                return Group(question, raw.Value, path);
            }

            var result = ValueFormats.Check(question, raw.Value);
            if (result.Error is { } error)
            {
                Errors.Add(new ValidationError(path, error));
            }

            return result.Value;
        }

        private JsonArray Group(QuestionDefinition group, JsonElement raw, string path)
        {
            var items = new JsonArray();
            if (raw.ValueKind != JsonValueKind.Array)
            {
                Errors.Add(new ValidationError(path, GivenValue.Message(raw, Messages.ExpectedItems)));
                return items;
            }

            if (ValueFormats.ItemCount(raw.GetArrayLength(), group.Limits) is { } countError)
            {
                Errors.Add(new ValidationError(path, countError));
            }

            var index = 0;
            foreach (var element in raw.EnumerateArray())
            {
                var itemPath = $"{path}[{index++}]";
                if (element.ValueKind != JsonValueKind.Object)
                {
                    Errors.Add(new ValidationError(itemPath, Messages.NotAnItem));
                    continue;
                }

                items.Add(Item(group, element, itemPath));
            }

            return items;
        }

        private JsonObject Item(QuestionDefinition group, JsonElement element, string itemPath)
        {
            var item = scope.ItemFor(group, element);
            var prepared = new JsonObject();
            foreach (var member in group.Questions)
            {
                var visible = scope.IsVisible(member, item);
                var value = visible
                    ? Question(member, ConditionScope.Answer(element, member.Id), $"{itemPath}.{member.Id}", element)
                    : null;
                if (!visible || value is null)
                {
                    scope.Forget(member, item);
                }

                prepared[member.Id] = value;
            }

            return prepared;
        }
    }
}
