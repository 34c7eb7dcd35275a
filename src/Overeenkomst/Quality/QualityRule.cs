namespace Overeenkomst.Quality;

/// <summary>One rule of the quality check: what the research advises, where it says so, and how to judge answers against it.</summary>
/// <param name="Id">Q1 … Q18.</param>
/// <param name="Rule">The rule in one Dutch sentence.</param>
/// <param name="Source">The research it comes from.</param>
/// <param name="Judge">Judges prepared answers (hidden answers are already null).</param>
internal sealed record QualityRule(string Id, string Rule, string Source, Func<AnswerFacts, Verdict> Judge);
