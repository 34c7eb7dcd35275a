using System.Text.Json.Nodes;

namespace Overeenkomst.Quality;

/// <summary>Checks answers against what the research says works (Q1–Q18). It informs; it never blocks a draft.</summary>
public sealed class QualityCheck
{
    private readonly IReadOnlyList<QualityRule> rules;
    private readonly IReadOnlyDictionary<string, string> labels;

    /// <summary>Creates the check with every rule of DOMAIN.md; a finding that waits for answers names the questions by id.</summary>
    public QualityCheck()
        : this(QualityRules.All, new Dictionary<string, string>())
    {
    }

    /// <summary>
    /// Creates the check with every rule; a finding that waits for answers names the questions by their label in
    /// <paramref name="labels"/> (id → label), as the person reads them in the form.
    /// </summary>
    public QualityCheck(IReadOnlyDictionary<string, string> labels)
        : this(QualityRules.All, labels)
    {
    }

    internal QualityCheck(IReadOnlyList<QualityRule> rules, IReadOnlyDictionary<string, string> labels)
    {
        this.rules = rules;
        this.labels = labels;
    }

    /// <summary>The rules: id, the rule in Dutch, and its source.</summary>
    public IEnumerable<(string Id, string Rule, string Source)> Rules => rules.Select(r => (r.Id, r.Rule, r.Source));

    /// <summary>Judges prepared answers (see <see cref="Questionnaire.Validation.AnswerEvaluation.Prepared"/>): one finding per rule, in order.</summary>
    public IReadOnlyList<QualityFinding> Run(JsonObject preparedAnswers)
    {
        ArgumentNullException.ThrowIfNull(preparedAnswers);
        var facts = new AnswerFacts(preparedAnswers);
        return rules.Select(rule =>
        {
            var verdict = rule.Judge(facts);
            var explanation = verdict.Missing is { } missing
                ? Messages.QualityNotAnswered(missing.Select(id => labels.TryGetValue(id, out var label) ? label : id))
                : verdict.Explanation;
            return new QualityFinding(rule.Id, rule.Rule, verdict.Outcome, explanation, rule.Source, verdict.Missing ?? []);
        }).ToList();
    }
}
