using System.Text.Json;
using Overeenkomst.Questionnaire.Definition;
using Scriban;
using Scriban.Runtime;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// What a visibility condition sees: every question id a condition reads (null when unanswered), with the answers as
/// plain data. The walk <see cref="Forget"/>s each question it finds hidden, so a condition never reads a stale answer.
/// </summary>
/// <remarks>
/// Only the answers some condition reads are turned into Scriban values (18 of the ~140 questions): turning all of
/// them, whole groups included, was a large part of the check's time and 70 kB per render (README, "Measured").
/// </remarks>
internal sealed class ConditionScope
{
    /// <summary>Scriban's own functions (array, string, math…), the only names besides question ids a condition may use.</summary>
    internal static readonly ScriptObject Builtins = new TemplateContext().BuiltinObject;

    // Each thread keeps the context of its last check for the next one, as Scriban allows (Reset): a context costs 21 kB
    // to make, and a check runs on one thread from start to end.
    [ThreadStatic]
    private static TemplateContext? spare;

    private readonly QuestionnaireDefinition definition;
    private readonly TemplateContext context;
    private readonly ScriptObject globals;

    // A condition that failed may have left a scope open inside Scriban: then the context is not kept.
    private bool failed;

    /// <param name="definition">The questionnaire.</param>
    /// <param name="answers">The top-level answers by question id (<see cref="ById"/>).</param>
    public ConditionScope(QuestionnaireDefinition definition, IReadOnlyDictionary<string, JsonElement> answers)
    {
        this.definition = definition;
        globals = ObjectOf(definition.ConditionInputs(group: null), id => answers.TryGetValue(id, out var answer) ? answer : null);
        context = spare ?? new TemplateContext(Builtins)
        {
            StrictVariables = true,
            LoopLimit = 1_000,
            RecursiveLimit = 16,
            LimitToString = 64 * 1024,
        };
        spare = null;
        context.PushCulture(System.Globalization.CultureInfo.InvariantCulture);
        context.PushGlobal(globals);
    }

    /// <summary>An item of a group as a condition inside that group sees it.</summary>
    /// <remarks>Null when no condition reads an answer of the group's items: then there is nothing to put in scope or forget.</remarks>
    public ScriptObject? ItemFor(QuestionDefinition group, JsonElement item) =>
        definition.ConditionInputs(group) is { Count: > 0 } inputs ? ObjectOf(inputs, id => Answer(item, id)) : null;

    /// <summary>The answer to <paramref name="id"/> in one JSON object, if there is one.</summary>
    /// <remarks>Fine for a group item's few answers; for the top level, where it would walk ~100 answers per question, use <see cref="ById"/>.</remarks>
    public static JsonElement? Answer(JsonElement answers, string id) =>
        answers.ValueKind == JsonValueKind.Object && answers.TryGetProperty(id, out var value) ? value : null;

    /// <summary>The answers of one JSON object by question id, read in one pass; when an id occurs twice the last counts, as for <see cref="Answer"/>.</summary>
    public static Dictionary<string, JsonElement> ById(JsonElement answers)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (answers.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in answers.EnumerateObject())
            {
                result[property.Name] = property.Value;
            }
        }

        return result;
    }

    /// <summary>
    /// Makes <paramref name="question"/> read as unanswered by the conditions after it, because it is hidden or has no
    /// valid answer; <paramref name="item"/> is the group item it belongs to, if any. A question no condition reads is
    /// not in the scope at all.
    /// </summary>
    public void Forget(QuestionDefinition question, ScriptObject? item)
    {
        if (definition.ReadByConditions.Contains(question.Id))
        {
            (item ?? globals).SetValue(question.Id, null, readOnly: false);
        }
    }

    /// <summary>Whether <paramref name="question"/> is shown; <paramref name="item"/> is the group item it belongs to, if any.</summary>
    public bool IsVisible(QuestionDefinition question, ScriptObject? item)
    {
        if (question.Condition is null)
        {
            return true;
        }

        if (item is not null)
        {
            context.PushGlobal(item);
        }

        try
        {
            return question.Condition.IsMet(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException)
        {
            failed = true;

            // A condition that cannot be decided on these answers (e.g. comparing text with a number) hides nothing
            // it should not: the question stays hidden until the answers it depends on make sense.
            return false;
        }
        finally
        {
            if (item is not null)
            {
                context.PopGlobal();
            }
        }
    }

    /// <summary>Keeps the context for this thread's next check, emptied as a new one is; call once the walk is done.</summary>
    public void Finish()
    {
        if (!failed)
        {
            context.Reset();
            spare = context;
        }
    }

    // The answers to the questions a level's conditions read, as those conditions see them.
    private static ScriptObject ObjectOf(IReadOnlyList<QuestionDefinition> inputs, Func<string, JsonElement?> answerTo)
    {
        var result = new ScriptObject(inputs.Count);
        foreach (var question in inputs)
        {
            result.SetValue(question.Id, answerTo(question.Id) is { } answer ? AnswerValues.ValueFrom(answer) : null, readOnly: false);
        }

        return result;
    }
}
