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
    // Only the questions that are, or hold somewhere inside them, a party question: the check runs on every render,
    // and most groups (roles, risks, dates) name no party at all.
    private readonly IReadOnlyList<QuestionDefinition> questions = Naming(definition.Sections.SelectMany(s => s.Questions));

    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        var names = CrossFieldRules.Items(answers, "partijen").Select(p => CrossFieldRules.Text(p["korte_naam"])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var errors = new List<ValidationError>();
        if (names.Count > 0)
        {
            Check(questions, answers, where: null, names, errors);
        }

        return errors;
    }

    // A level's party questions, and its groups pruned to those that hold one somewhere inside them.
    private static List<QuestionDefinition> Naming(IEnumerable<QuestionDefinition> level) =>
        level.Select(question => question.IsGroup ? question with { Questions = Naming(question.Questions) } : question)
            .Where(question => question.Type == QuestionType.Party || (question.IsGroup && question.Questions.Count > 0))
            .ToList();

    // Every answer to a party question in this item (null: at the top level); its path ("verwerker",
    // "begroting[0].verdeling[1].partij") is made only for a name that is wrong.
    private static void Check(IReadOnlyList<QuestionDefinition> questions, JsonObject item, ItemPath? where, HashSet<string> names,
        List<ValidationError> errors)
    {
        foreach (var question in questions)
        {
            if (question.Type == QuestionType.Party)
            {
                if (CrossFieldRules.Text(item[question.Id]) is { } name && !names.Contains(name))
                {
                    errors.Add(new ValidationError(ItemPath.Of(where, question.Id), Messages.UnknownParty(name, names)));
                }

                continue;
            }

            var index = 0;
            foreach (var row in CrossFieldRules.Items(item, question.Id))
            {
                Check(question.Questions, row, new ItemPath(where, question.Id, index++), names, errors);
            }
        }
    }
}
