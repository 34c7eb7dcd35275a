namespace Overeenkomst.Quality;

/// <summary>Whether the answers meet a rule of the quality check.</summary>
public enum QualityOutcome
{
    /// <summary>Voldaan.</summary>
    Met,

    /// <summary>Niet voldaan.</summary>
    NotMet,

    /// <summary>Onbekend: the answers needed to judge are missing.</summary>
    Unknown,
}

/// <summary>The judgement of one rule: the outcome, a Dutch explanation with the deciding figure, and where the rule comes from.</summary>
/// <param name="RuleId">Q1 … Q18.</param>
/// <param name="Rule">The rule in one Dutch sentence.</param>
/// <param name="Outcome">Met, not met or unknown.</param>
/// <param name="Explanation">Why, with the figure that decided it.</param>
/// <param name="Source">The research the rule comes from.</param>
/// <param name="Missing">When unknown for want of answers: the ids of the top-level questions it needs, so a page can link to them.</param>
public sealed record QualityFinding(string RuleId, string Rule, QualityOutcome Outcome, string Explanation, string Source, IReadOnlyList<string> Missing)
{
    /// <summary>"voldaan", "niet voldaan" or "onbekend".</summary>
    public string OutcomeText => Messages.QualityOutcomeText(Outcome);
}

/// <summary>A judgement before it is put into a finding; <paramref name="Missing"/> names the questions an unknown one waits for.</summary>
internal readonly record struct Verdict(QualityOutcome Outcome, string Explanation, IReadOnlyList<string>? Missing = null)
{
    public static Verdict Met(string explanation) => new(QualityOutcome.Met, explanation);

    public static Verdict NotMet(string explanation) => new(QualityOutcome.NotMet, explanation);

    public static Verdict Unknown(string explanation) => new(QualityOutcome.Unknown, explanation);

    /// <summary>Unknown because these questions (ids) have no valid answer yet; the check names them by their labels.</summary>
    public static Verdict NotAnswered(params string[] questionIds) => new(QualityOutcome.Unknown, string.Empty, questionIds);

    /// <summary>Met when <paramref name="met"/>, otherwise not met; the same explanation either way.</summary>
    public static Verdict When(bool met, string explanation) => met ? Met(explanation) : NotMet(explanation);
}
