using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;
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
/// hidden question is still an answer to a known one. Every check runs this, so it builds no path and no list of
/// candidates until it finds an unknown id.
/// </remarks>
public static class UnknownQuestions
{
    // A document of a megabyte can hold a hundred thousand keys; a person needs the first few to see what went wrong.
    private const int MostReported = 50;

    // Longer than any id; a longer name is looked up the ordinary way.
    private const int LongestId = 64;

    /// <summary>An error per unknown id in <paramref name="answers"/>, at most <see cref="MostReported"/>.</summary>
    public static IReadOnlyList<ValidationError> In(QuestionnaireDefinition definition, Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var errors = new List<ValidationError>();
        In(definition, ConditionScope.ById(answers.Root), errors);
        return errors;
    }

    /// <summary>Adds an error per unknown id to <paramref name="errors"/>, from the top-level answers already read by id.</summary>
    internal static void In(QuestionnaireDefinition definition, IReadOnlyDictionary<string, JsonElement> topLevel, List<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(definition);
        foreach (var (id, answer) in topLevel)
        {
            if (errors.Count == MostReported)
            {
                return;
            }

            if (!definition.Questions.TryGetValue(id, out var question))
            {
                errors.Add(Unknown(id, id, definition.Sections.SelectMany(section => section.Questions)));
            }
            else if (question.IsGroup)
            {
                Items(answer, question, parent: null, errors);
            }
        }
    }

    private static void Items(JsonElement items, QuestionDefinition group, ItemPath? parent, List<ValidationError> errors)
    {
        if (items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in item.EnumerateObject())
                {
                    if (errors.Count == MostReported)
                    {
                        return;
                    }

                    if (Find(group.Members, property) is not { } member)
                    {
                        errors.Add(Unknown(ItemPath.Of(new ItemPath(parent, group.Id, index), property.Name), property.Name, group.Questions));
                    }
                    else if (member.IsGroup)
                    {
                        Items(property.Value, member, new ItemPath(parent, group.Id, index), errors);
                    }
                }
            }

            index++;
        }
    }

    // Ids are short ASCII: looked up from the name's raw UTF-8 without making a string of it, as long as it has no escapes.
    private static QuestionDefinition? Find(FrozenDictionary<string, QuestionDefinition> members, JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        Span<char> name = stackalloc char[LongestId];
        if (raw.Length <= LongestId && raw.IndexOf((byte)'\\') < 0 && Ascii.ToUtf16(raw, name, out var length) == OperationStatus.Done)
        {
            return members.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name[..length], out var found) ? found : null;
        }

        return members.GetValueOrDefault(property.Name);
    }

    private static ValidationError Unknown(string path, string id, IEnumerable<QuestionDefinition> level) =>
        new(path, Messages.UnknownQuestion(id, ClosestId.To(id, level.Select(question => question.Id))));
}
