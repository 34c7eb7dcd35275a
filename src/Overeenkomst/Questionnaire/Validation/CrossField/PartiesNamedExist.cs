using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire.Definition;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// Questions that give a party a duty or a right name it by its short name; a name no party has is a typo, and the
/// agreement would bind nobody. Which questions those are, the definition says (type <c>partij</c>), at the top level
/// and inside groups at any depth — the same marking that makes the form offer the parties as a list. Who measures,
/// who owns a risk and who keeps communication going may be anyone (a research group, an external evaluator), so
/// those questions are plain text.
/// </summary>
internal sealed class PartiesNamedExist(QuestionnaireDefinition definition) : ICrossFieldRule
{
    private readonly IReadOnlyList<QuestionDefinition> questions = definition.Sections.SelectMany(s => s.Questions).ToList();

    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        var names = CrossFieldRules.Items(answers, "partijen").Select(p => CrossFieldRules.Text(p["korte_naam"])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            yield break;
        }

        foreach (var (path, name) in Named(questions, answers, prefix: string.Empty))
        {
            if (name is not null && !names.Contains(name))
            {
                yield return new ValidationError(path, Messages.UnknownParty(name, names));
            }
        }
    }

    // Every answer to a party question under this item, with its path: "verwerker", "begroting[0].verdeling[1].partij".
    private static IEnumerable<(string Path, string? Name)> Named(IEnumerable<QuestionDefinition> questions, JsonObject item, string prefix) =>
        questions.SelectMany(question => question.Type switch
        {
            QuestionType.Party => [($"{prefix}{question.Id}", CrossFieldRules.Text(item[question.Id]))],
            QuestionType.Group => CrossFieldRules.Items(item, question.Id)
                .SelectMany((row, index) => Named(question.Questions, row, $"{prefix}{question.Id}[{index}].")),
            _ => [],
        });
}
