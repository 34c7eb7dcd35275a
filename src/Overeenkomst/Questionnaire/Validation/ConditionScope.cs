using System.Text.Json;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Rendering.Templates;
using Scriban;
using Scriban.Runtime;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// What a visibility condition sees: every question id of the definition (null when unanswered), with the answers as
/// plain data. Questions found hidden are set to null as the walk goes, so a condition never reads a stale answer.
/// </summary>
internal sealed class ConditionScope
{
    /// <summary>Scriban's own functions (array, string, math…), the only names besides question ids a condition may use.</summary>
    internal static readonly ScriptObject Builtins = new TemplateContext().BuiltinObject;

    private readonly TemplateContext context;

    public ConditionScope(QuestionnaireDefinition definition, JsonElement answers)
    {
        Globals = ObjectFor(definition.Questions.Values, answers);
        context = new TemplateContext(Builtins)
        {
            StrictVariables = true,
            LoopLimit = 1_000,
            RecursiveLimit = 16,
            LimitToString = 64 * 1024,
        };
        context.PushCulture(System.Globalization.CultureInfo.InvariantCulture);
        context.PushGlobal(Globals);
    }

    public ScriptObject Globals { get; }

    /// <summary>An item of a group as a condition inside that group sees it.</summary>
    public static ScriptObject ItemFor(QuestionDefinition group, JsonElement item) => ObjectFor(group.Questions, item);

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

    private static ScriptObject ObjectFor(IEnumerable<QuestionDefinition> questions, JsonElement answers)
    {
        var result = new ScriptObject();
        foreach (var question in questions)
        {
            var value = answers.ValueKind == JsonValueKind.Object && answers.TryGetProperty(question.Id, out var answer) ? AgreementModel.ValueFrom(answer) : null;
            result.SetValue(question.Id, value, readOnly: false);
        }

        return result;
    }
}
