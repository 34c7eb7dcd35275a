using Overeenkomst.Quality;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Checking;

/// <summary>Validation and quality check in one call: what the check endpoint and the CLI need (a render validates only).</summary>
/// <remarks>Thread-safe and stateless; register once.</remarks>
public sealed class AnswerChecker
{
    private readonly AnswerValidator validator;
    private readonly QualityCheck quality;

    /// <summary>Creates a checker for <paramref name="definition"/> with every quality rule, naming questions by their labels.</summary>
    public AnswerChecker(QuestionnaireDefinition definition)
        : this(new AnswerValidator(definition), new QualityCheck(definition.Labels))
    {
    }

    /// <summary>Creates a checker from its parts.</summary>
    public AnswerChecker(AnswerValidator validator, QualityCheck quality)
    {
        this.validator = validator;
        this.quality = quality;
    }

    /// <summary>The questionnaire the answers are checked against.</summary>
    public QuestionnaireDefinition Definition => validator.Definition;

    /// <summary>The quality check used.</summary>
    public QualityCheck Quality => quality;

    /// <summary>Validates <paramref name="answers"/> (complete or partial) and runs the quality check on what is valid and visible.</summary>
    public AnswerCheckResult Check(Answers answers)
    {
        var evaluation = validator.Validate(answers);
        return new AnswerCheckResult(evaluation, quality.Run(evaluation.Prepared));
    }
}

/// <summary>Validation and quality findings of one answers document.</summary>
/// <param name="Validation">Errors per question id, visible questions, completeness per section, the prepared answers.</param>
/// <param name="Findings">Q1–Q18, in order.</param>
public sealed record AnswerCheckResult(AnswerEvaluation Validation, IReadOnlyList<QualityFinding> Findings)
{
    /// <summary>Whether the answers can be rendered.</summary>
    public bool IsValid => Validation.IsValid;
}
