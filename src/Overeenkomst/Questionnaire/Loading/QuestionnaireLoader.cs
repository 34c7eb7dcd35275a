using System.Text.Json;
using System.Text.RegularExpressions;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Validation;
using Scriban;

namespace Overeenkomst.Questionnaire.Loading;

/// <summary>
/// Reads the questionnaire definition and checks it whole: unknown types, duplicate ids, choices without options,
/// conditions that do not parse or read unknown ids. Any problem stops loading with every problem listed.
/// </summary>
public static partial class QuestionnaireLoader
{
    /// <summary>The file name of the definition in its folder.</summary>
    public const string FileName = "vragenlijst.json";


    /// <summary>Loads and checks the definition at <paramref name="path"/>.</summary>
    /// <exception cref="QuestionnaireDefinitionException">The file is missing, is not JSON, or has problems.</exception>
    public static QuestionnaireDefinition Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new QuestionnaireDefinitionException(Messages.QuestionnaireFileMissing(path));
        }

        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Checks a definition given as JSON text; <paramref name="fileName"/> only names it in messages.</summary>
    /// <exception cref="QuestionnaireDefinitionException">The text is not JSON or has problems.</exception>
    public static QuestionnaireDefinition Parse(string json, string fileName)
    {
        DefinitionFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, DefinitionFileJson.Default.DefinitionFile);
        }
        catch (JsonException exception)
        {
            throw new QuestionnaireDefinitionException(Messages.QuestionnaireNotJson(fileName, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0, exception.Path));
        }

        var problems = new List<string>();
        var sections = new List<SectionDefinition>();
        foreach (var (section, index) in (file?.Sections ?? []).Select((s, i) => (s, i)))
        {
            sections.Add(ReadSection(section, index, problems));
        }

        if (sections.Count == 0)
        {
            problems.Add(Messages.QuestionnaireNoSections);
        }

        CheckIds(sections, problems);
        var topLevel = sections.SelectMany(s => s.Questions).Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var question in sections.SelectMany(s => s.Questions))
        {
            CheckConditions(question, topLevel, siblings: null, problems);
        }

        var version = file?.Version ?? "1";
        var paths = QuestionnaireDefinition.PathsOf(sections.SelectMany(s => s.Questions), prefix: "").Select(pair => pair.Path).ToHashSet(StringComparer.Ordinal);
        var changes = ChangeList.Read(file?.Changes, version, paths, problems);

        var covered = sections.SelectMany(s => s.Points).ToHashSet();
        foreach (var point in Enumerable.Range(1, 14).Where(p => !covered.Contains(p)))
        {
            problems.Add(Messages.QuestionnairePointNotCovered(point));
        }

        if (problems.Count > 0)
        {
            throw new QuestionnaireDefinitionException(problems);
        }

        return new QuestionnaireDefinition(version, file?.Title ?? string.Empty, sections, changes);
    }

    private static SectionDefinition ReadSection(SectionFile section, int index, List<string> problems)
    {
        var id = section.Id ?? string.Empty;
        if (id.Length == 0)
        {
            problems.Add(Messages.QuestionnaireSectionWithoutId(index + 1));
        }

        if (string.IsNullOrWhiteSpace(section.Title))
        {
            problems.Add(Messages.QuestionnaireMissingField(id, "titel"));
        }

        foreach (var point in (section.Points ?? []).Where(p => p is < 1 or > 14))
        {
            problems.Add(Messages.QuestionnaireBadPoint(id, point));
        }

        var questions = (section.Questions ?? []).Select(q => ReadQuestion(q, id, problems)).ToList();
        return new SectionDefinition(id, section.Title ?? string.Empty, section.Introduction ?? string.Empty, section.Points ?? [], questions);
    }

    private static QuestionDefinition ReadQuestion(QuestionFile question, string parent, List<string> problems)
    {
        var id = question.Id ?? string.Empty;
        var where = id.Length > 0 ? id : $"{parent}/?";
        if (!IdPattern().IsMatch(id))
        {
            problems.Add(Messages.QuestionnaireBadId(parent, id));
        }

        if (!QuestionTypeNames.TryParse(question.Type, out var type))
        {
            problems.Add(Messages.QuestionnaireUnknownType(where, question.Type, QuestionTypeNames.All));
        }

        if (string.IsNullOrWhiteSpace(question.Label))
        {
            problems.Add(Messages.QuestionnaireMissingField(where, "label"));
        }

        if (string.IsNullOrWhiteSpace(question.Help))
        {
            problems.Add(Messages.QuestionnaireMissingField(where, "hulp"));
        }

        if (type is QuestionType.SingleChoice or QuestionType.MultipleChoice && (question.Options is null || question.Options.Count == 0))
        {
            problems.Add(Messages.QuestionnaireChoiceWithoutOptions(where));
        }

        if (type == QuestionType.Group && (question.Questions is null || question.Questions.Count == 0))
        {
            problems.Add(Messages.QuestionnaireGroupWithoutQuestions(where));
        }

        if (question.Min > question.Max || question.MinItems > question.MaxItems)
        {
            problems.Add(Messages.QuestionnaireMinAboveMax(where));
        }

        Condition? condition = null;
        if (!string.IsNullOrWhiteSpace(question.Condition))
        {
            var (parsed, errors) = Condition.Parse(question.Condition, where);
            condition = parsed;
            problems.AddRange(errors.Select(e => Messages.QuestionnaireConditionDoesNotParse(where, question.Condition, e)));
        }

        var children = (question.Questions ?? []).Select(q => ReadQuestion(q, where, problems)).ToList();
        var limits = new ValueLimits(question.Min, question.Max, question.MinItems, question.MaxItems, question.MaxLength, question.WholeNumber);
        var result = new QuestionDefinition(id, type, question.Label ?? string.Empty, question.Help ?? string.Empty, question.Required,
            question.Default is { ValueKind: not JsonValueKind.Null } value ? value : null, limits, condition,
            question.Options ?? [], question.Suggestions ?? [], children, question.DefaultFrom);

        // A default every person would get must itself be a valid answer (groups are checked item by item at run time).
        if (result.Default is { } fallback && !result.IsGroup && Validation.ValueFormats.Check(result, fallback).Error is { } error)
        {
            problems.Add(Messages.QuestionnaireBadDefault(where, error));
        }

        return result;
    }

    private static void CheckIds(IReadOnlyList<SectionDefinition> sections, List<string> problems)
    {
        foreach (var duplicate in sections.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            problems.Add(Messages.QuestionnaireDuplicateSection(duplicate.Key));
        }

        ReportDuplicates(sections.SelectMany(s => s.Questions), scope: null, problems);
    }

    private static void ReportDuplicates(IEnumerable<QuestionDefinition> questions, string? scope, List<string> problems)
    {
        var list = questions.ToList();
        foreach (var duplicate in list.GroupBy(q => q.Id, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            problems.Add(Messages.QuestionnaireDuplicateId(duplicate.Key, scope));
        }

        foreach (var group in list.Where(q => q.IsGroup))
        {
            ReportDuplicates(group.Questions, group.Id, problems);
        }
    }

    private static void CheckConditions(QuestionDefinition question, HashSet<string> topLevel, HashSet<string>? siblings, List<string> problems)
    {
        if (question.DefaultFrom is { } source && !topLevel.Contains(source) && siblings?.Contains(source) != true)
        {
            problems.Add(Messages.QuestionnaireDefaultFromUnknown(question.Id, source));
        }

        if (question.Condition is { } condition)
        {
            foreach (var name in condition.Variables.Where(n => !topLevel.Contains(n) && siblings?.Contains(n) != true && !ScribanBuiltinNames.Contains(n)))
            {
                problems.Add(Messages.QuestionnaireConditionUnknownId(question.Id, condition.Expression, name));
            }
        }

        if (question.IsGroup)
        {
            var members = question.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var member in question.Questions)
            {
                CheckConditions(member, topLevel, members, problems);
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
