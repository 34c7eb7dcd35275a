using System.Collections.Frozen;

namespace Overeenkomst.Questionnaire.Definition;

/// <summary>The whole questionnaire, checked: sections in order, and every top-level question by id.</summary>
public sealed class QuestionnaireDefinition
{
    internal QuestionnaireDefinition(string version, string title, IReadOnlyList<SectionDefinition> sections,
        IReadOnlyList<QuestionnaireChange>? changes = null)
    {
        Version = version;
        Title = title;
        Sections = sections;
        Changes = changes ?? [];
        Questions = sections.SelectMany(s => s.Questions).ToFrozenDictionary(q => q.Id, StringComparer.Ordinal);
        Labels = Questions.ToFrozenDictionary(q => q.Key, q => q.Value.Label, StringComparer.Ordinal);
        ByPath = PathsOf(Questions.Values, prefix: "").ToFrozenDictionary(pair => pair.Path, pair => pair.Question, StringComparer.Ordinal);
        ReadByConditions = Everywhere(Questions.Values)
            .SelectMany(q => q.Condition?.Variables ?? [])
            .ToFrozenSet(StringComparer.Ordinal);
        topLevelConditionInputs = ReadByConditionsAmong(Questions.Values);
        conditionInputs = Everywhere(Questions.Values).Where(q => q.IsGroup)
            .ToDictionary(group => group, group => ReadByConditionsAmong(group.Questions), ByReference);
    }

    // Groups are told apart by reference: as records they would be compared (and hashed) member by member, questions and all.
    private static readonly IEqualityComparer<QuestionDefinition> ByReference = ReferenceEqualityComparer.Instance;

    // Per level, the questions whose answers a condition reads: worked out once here, not for every item of every check.
    private readonly QuestionDefinition[] topLevelConditionInputs;
    private readonly Dictionary<QuestionDefinition, QuestionDefinition[]> conditionInputs;

    /// <summary>The version of the definition, as written in the file.</summary>
    public string Version { get; }

    /// <summary>The questionnaire's title.</summary>
    public string Title { get; }

    /// <summary>The sections, in order.</summary>
    public IReadOnlyList<SectionDefinition> Sections { get; }

    /// <summary>Every top-level question by id (group members are reached through their group).</summary>
    public IReadOnlyDictionary<string, QuestionDefinition> Questions { get; }

    /// <summary>Every top-level question's label by id: how a message names a question to the person who answers it.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>Every question by its path as the definition nests it: <c>naam_leerwerkplek</c>, <c>partijen.kvk</c>, <c>begroting.verdeling.aandeel</c>.</summary>
    public IReadOnlyDictionary<string, QuestionDefinition> ByPath { get; }

    /// <summary>How the questionnaire changed from older versions to this one, oldest first (empty when it never changed).</summary>
    public IReadOnlyList<QuestionnaireChange> Changes { get; }

    /// <summary>The names any visibility condition reads, at the top level or inside a group.</summary>
    public IReadOnlySet<string> ReadByConditions { get; }

    /// <summary>
    /// The questions of <paramref name="group"/>'s items (or, for null, the top-level questions) whose answers a condition
    /// reads. <paramref name="group"/> is one of this definition's own groups (a copy is another group).
    /// </summary>
    internal IReadOnlyList<QuestionDefinition> ConditionInputs(QuestionDefinition? group) =>
        group is null ? topLevelConditionInputs : conditionInputs[group];

    private QuestionDefinition[] ReadByConditionsAmong(IEnumerable<QuestionDefinition> level) =>
        level.Where(q => ReadByConditions.Contains(q.Id)).ToArray();

    /// <summary>Every question with its path, groups before their members.</summary>
    internal static IEnumerable<(string Path, QuestionDefinition Question)> PathsOf(IEnumerable<QuestionDefinition> questions, string prefix) =>
        questions.SelectMany(q => PathsOf(q.Questions, $"{prefix}{q.Id}.").Prepend(($"{prefix}{q.Id}", q)));

    private static IEnumerable<QuestionDefinition> Everywhere(IEnumerable<QuestionDefinition> questions) =>
        questions.SelectMany(q => Everywhere(q.Questions).Prepend(q));
}
