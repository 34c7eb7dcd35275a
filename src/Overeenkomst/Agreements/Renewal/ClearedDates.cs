using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;

namespace Overeenkomst.Agreements.Renewal;

/// <summary>
/// Answers with every date taken out — the start and end, the first cohort, the signing date, each milestone's and
/// evaluation's date — found from the questionnaire (every question of type datum, in groups too), so a renewal asks
/// for each of them again instead of repeating a period that has passed.
/// </summary>
public static class ClearedDates
{
    /// <summary><paramref name="answers"/> without any answer to a date question.</summary>
    public static JsonElement Of(JsonElement answers, QuestionnaireDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var root = Answers.Editable(answers);
        Clear(root, definition.Questions.Values);
        return JsonSerializer.SerializeToElement(root);
    }

    private static void Clear(JsonObject answers, IEnumerable<QuestionDefinition> questions)
    {
        foreach (var question in questions)
        {
            if (question.Type == QuestionType.Date)
            {
                answers.Remove(question.Id);
            }
            else if (question.IsGroup && answers[question.Id] is JsonArray rows)
            {
                foreach (var row in rows.OfType<JsonObject>())
                {
                    Clear(row, question.Questions);
                }
            }
        }
    }
}
