using System.Text.Json.Nodes;

namespace Overeenkomst.Quality;

/// <summary>Checks answers against what the research says works (Q1–Q18). It informs; it never blocks a draft.</summary>
public sealed class QualityCheck
{
    private readonly IReadOnlyList<QualityRule> rules;

    /// <summary>Creates the check with every rule of DOMAIN.md.</summary>
    public QualityCheck()
        : this(QualityRules.All)
    {
    }

    internal QualityCheck(IReadOnlyList<QualityRule> rules) => this.rules = rules;

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
            return new QualityFinding(rule.Id, rule.Rule, verdict.Outcome, verdict.Explanation, rule.Source);
        }).ToList();
    }
}
