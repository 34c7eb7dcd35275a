using System.Globalization;
using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Validation;
using Overeenkomst.Rendering;

namespace Overeenkomst.Functions.Questionnaire;

/// <summary>
/// Each valid answer as the agreement writes it ("1 september 2026", "€ 12.500,00", "85 %", "Ja"), keyed by path like the
/// errors: what the form shows back beside a number typed as "€ 12.500" and what "Controleer uw antwoorden" lists. The
/// server formats, so the page never re-reads Dutch notation itself.
/// </summary>
internal static class ShownAnswers
{
    public static IReadOnlyDictionary<string, string> Of(QuestionnaireDefinition definition, AnswerEvaluation evaluation)
    {
        var shown = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(definition.Sections.SelectMany(s => s.Questions), evaluation.Prepared, prefix: string.Empty, shown);
        return shown;
    }

    private static void Add(IEnumerable<QuestionDefinition> questions, JsonObject item, string prefix, Dictionary<string, string> shown)
    {
        foreach (var question in questions)
        {
            var path = prefix + question.Id;
            if (question.IsGroup)
            {
                var index = 0;
                foreach (var row in (item[question.Id] as JsonArray ?? []).OfType<JsonObject>())
                {
                    Add(question.Questions, row, $"{path}[{index++}].", shown);
                }
            }
            else if (item[question.Id] is JsonNode value && Text(question.Type, value) is { } text)
            {
                shown[path] = text;
            }
        }
    }

    private static string? Text(QuestionType type, JsonNode value) => type switch
    {
        QuestionType.YesNo => value.GetValue<bool>() ? Messages.ShownYes : Messages.ShownNo,
        QuestionType.Money => DutchFormat.Money(value.GetValue<decimal>()),
        QuestionType.Percentage => DutchFormat.Percentage(value.GetValue<decimal>()),
        QuestionType.Number => DutchFormat.Number(value.GetValue<decimal>()),
        QuestionType.Date => AgreementDate(value),
        QuestionType.Phone => DutchFormat.Phone(value.GetValue<string>()),
        QuestionType.MultipleChoice => DutchFormat.Enumeration(value.AsArray().OfType<JsonNode>().Select(n => n.GetValue<string>()).ToList()),
        _ => value.GetValue<string>(),
    };

    private static string? AgreementDate(JsonNode value) =>
        DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? DutchFormat.Date(date)
            : null;
}
