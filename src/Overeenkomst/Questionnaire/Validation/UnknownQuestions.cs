using System.Text.Json;
using Overeenkomst.Questionnaire.Definition;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>
/// Answers keyed by an id the questionnaire does not have, at the top level and inside every group item: each is an error
/// at its path (<c>partijen[1].kvk_nummer</c>) that names the id meant, when one is near.
/// </summary>
/// <remarks>
/// Why refuse instead of ignore: an ignored typo lets a default take the answer's place without anyone noticing
/// (<c>opzegtermijn_maand: 3</c> gave a notice period of six months). Visibility does not matter here: an answer to a
/// hidden question is still an answer to a known one.
/// </remarks>
public static class UnknownQuestions
{
    // A document of a megabyte can hold a hundred thousand keys; a person needs the first few to see what went wrong.
    private const int MostReported = 50;

    /// <summary>An error per unknown id in <paramref name="answers"/>, at most <see cref="MostReported"/>.</summary>
    public static IReadOnlyList<ValidationError> In(QuestionnaireDefinition definition, Answers answers)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(answers);
        var errors = new List<ValidationError>();
        Level(answers.Root, path: null, id => definition.Questions.GetValueOrDefault(id),
            definition.Sections.SelectMany(section => section.Questions).Select(question => question.Id), errors);
        return errors;
    }

    private static void Level(JsonElement answers, string? path, Func<string, QuestionDefinition?> find, IEnumerable<string> known,
        List<ValidationError> errors)
    {
        foreach (var property in answers.EnumerateObject())
        {
            if (errors.Count == MostReported)
            {
                return;
            }

            var at = path is null ? property.Name : $"{path}.{property.Name}";
            if (find(property.Name) is not { } question)
            {
                errors.Add(new ValidationError(at, Messages.UnknownQuestion(property.Name, ClosestId.To(property.Name, known))));
            }
            else if (question.IsGroup && property.Value.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        Level(item, $"{at}[{index}]", id => question.Questions.FirstOrDefault(member => member.Id == id),
                            question.Questions.Select(member => member.Id), errors);
                    }

                    index++;
                }
            }
        }
    }
}
