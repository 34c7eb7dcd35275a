using System.Collections.Frozen;
using System.Text.Json;

namespace Overeenkomst.Questionnaire.Definition;

/// <summary>One question: what it asks, why, what a valid answer is, and when it is shown.</summary>
/// <param name="Id">The Dutch id, which is also the key in the answers and the variable in the templates.</param>
/// <param name="Type">The kind of answer.</param>
/// <param name="Label">The question as the person reads it.</param>
/// <param name="Help">Why the question matters, citing the research in our own words.</param>
/// <param name="Required">Whether a visible question must be answered (a hidden one never must).</param>
/// <param name="Default">The answer used when none is given, or null.</param>
/// <param name="Limits">Bounds on the value or the length.</param>
/// <param name="Condition">When the question is shown, or null for always.</param>
/// <param name="Options">The options of a choice question.</param>
/// <param name="Suggestions">Values offered while typing (e.g. known CREBO codes); any valid value is accepted.</param>
/// <param name="Questions">The questions of one item of a group.</param>
/// <param name="DefaultFrom">
/// Another question (in the same item, or at the top level) whose answer is this one's when it is left empty: a
/// statutory seat is usually the place of the address. The form then asks nothing unless it differs.
/// </param>
public sealed record QuestionDefinition(
    string Id,
    QuestionType Type,
    string Label,
    string Help,
    bool Required,
    JsonElement? Default,
    ValueLimits Limits,
    Condition? Condition,
    IReadOnlyList<string> Options,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<QuestionDefinition> Questions,
    string? DefaultFrom = null)
{
    /// <summary>Whether the answer is a list of items.</summary>
    public bool IsGroup => Type == QuestionType.Group;

    /// <summary>The questions of one item of a group, by id (the first, should the definition have an id twice: loading refuses that).</summary>
    public FrozenDictionary<string, QuestionDefinition> Members { get; } = Questions.DistinctBy(q => q.Id).ToFrozenDictionary(q => q.Id, StringComparer.Ordinal);
}

/// <summary>
/// Bounds of an answer: a number's range and whether it must be whole (<c>"geheel": true</c>, for counts: students,
/// persons, days, months), a text's length, a group's or multiple choice's number of items.
/// </summary>
public sealed record ValueLimits(decimal? Min = null, decimal? Max = null, int? MinItems = null, int? MaxItems = null, int? MaxLength = null,
    bool WholeNumber = false)
{
    /// <summary>No bounds.</summary>
    public static ValueLimits None { get; } = new();
}

/// <summary>A section of the questionnaire, covering some of the 14 points of bouwsteen 5.</summary>
/// <param name="Id">The Dutch id.</param>
/// <param name="Title">The heading.</param>
/// <param name="Introduction">What the section is about and why.</param>
/// <param name="Points">The points of bouwsteen 5 (1–14) this section asks about.</param>
/// <param name="Questions">The questions, in order.</param>
public sealed record SectionDefinition(string Id, string Title, string Introduction, IReadOnlyList<int> Points, IReadOnlyList<QuestionDefinition> Questions);
