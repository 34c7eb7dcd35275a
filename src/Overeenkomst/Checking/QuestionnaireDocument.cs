using System.Text.Json;
using Overeenkomst.Quality;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;

namespace Overeenkomst.Checking;

/// <summary>The whole questionnaire as the API gives it: sections, questions, types, help, conditions and the rules.</summary>
/// <param name="Version">The definition's version.</param>
/// <param name="Title">Its title.</param>
/// <param name="Sections">The sections in order.</param>
/// <param name="QualityRules">The quality check's rules with their sources.</param>
/// <param name="CrossFieldRules">The rules that span several answers, in Dutch.</param>
public sealed record QuestionnaireDocument(
    string Version,
    string Title,
    IReadOnlyList<QuestionnaireDocument.Section> Sections,
    IReadOnlyList<QuestionnaireDocument.QualityRule> QualityRules,
    IReadOnlyList<string> CrossFieldRules)
{
    /// <summary>Builds the document from a checked definition and the quality rules.</summary>
    public static QuestionnaireDocument From(QuestionnaireDefinition definition, QualityCheck quality)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(quality);
        return new QuestionnaireDocument(
            definition.Version,
            definition.Title,
            definition.Sections.Select(s => new Section(s.Id, s.Title, s.Introduction, s.Points, s.Questions.Select(QuestionFrom).ToList())).ToList(),
            quality.Rules.Select(r => new QualityRule(r.Id, r.Rule, r.Source)).ToList(),
            Messages.CrossFieldRuleDescriptions);
    }

    private static Question QuestionFrom(QuestionDefinition q) => new(
        q.Id, QuestionTypeNames.NameOf(q.Type), q.Label, q.Help, q.Required, q.Default,
        q.Limits.Min, q.Limits.Max, q.Limits.MinItems, q.Limits.MaxItems, q.Limits.MaxLength, q.Limits.WholeNumber,
        q.Condition?.Expression, q.Options, q.Suggestions,
        q.IsGroup ? q.Questions.Select(QuestionFrom).ToList() : null, q.DefaultFrom);

    /// <summary>A section.</summary>
    public sealed record Section(string Id, string Title, string Introduction, IReadOnlyList<int> Points, IReadOnlyList<Question> Questions);

    /// <summary>A question; <c>condition</c> is a Scriban expression over the answers; <c>wholeNumber</c> a count that takes no fraction.</summary>
    public sealed record Question(
        string Id,
        string Type,
        string Label,
        string Help,
        bool Required,
        JsonElement? Default,
        decimal? Min,
        decimal? Max,
        int? MinItems,
        int? MaxItems,
        int? MaxLength,
        bool WholeNumber,
        string? Condition,
        IReadOnlyList<string> Options,
        IReadOnlyList<string> Suggestions,
        IReadOnlyList<Question>? Questions,
        string? DefaultFrom);

    /// <summary>A rule of the quality check.</summary>
    public sealed record QualityRule(string Id, string Rule, string Source);
}
