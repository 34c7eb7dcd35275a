using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Rendering;

/// <summary>
/// Answers in, agreement out — but only for valid answers: validates and renders from the prepared answers, so answers
/// to hidden questions never reach the document. The quality check is not run: it advises beside the agreement and no
/// template reads it.
/// </summary>
public sealed class AgreementComposer(AnswerValidator validator, AgreementRenderer renderer)
{
    /// <summary>Renders the agreement, or returns why the answers cannot be rendered.</summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in (a template error, not an answer error).</exception>
    public ComposeResult Compose(Answers answers, RenderOptions options, CancellationToken cancellationToken = default)
    {
        var validation = validator.Validate(answers);
        if (!validation.IsValid)
        {
            return new ComposeResult(null, validation.Errors);
        }

        return new ComposeResult(renderer.Render(validation.Prepared, options, cancellationToken), []);
    }

    /// <summary>
    /// The model the templates would see for <paramref name="answers"/>, as JSON to keep with a version (see
    /// <see cref="TemplateModel"/>), or why the answers cannot be rendered.
    /// </summary>
    public PrepareResult Prepare(Answers answers)
    {
        var validation = validator.Validate(answers);
        return validation.IsValid ? new PrepareResult(TemplateModel.Of(validation.Prepared), []) : new PrepareResult(null, validation.Errors);
    }

    /// <summary>The agreement as Markdown, or the errors.</summary>
    public (string? Markdown, IReadOnlyList<ValidationError> Errors) ComposeMarkdown(Answers answers, CancellationToken cancellationToken = default) =>
        ComposeMarkdown(answers, null, cancellationToken);

    /// <summary>The agreement as Markdown with <paramref name="edits"/> (clause id → text) in place of the clauses they name, or the errors.</summary>
    public (string? Markdown, IReadOnlyList<ValidationError> Errors) ComposeMarkdown(Answers answers, IReadOnlyDictionary<string, string>? edits,
        CancellationToken cancellationToken = default)
    {
        var validation = validator.Validate(answers);
        return validation.IsValid ? (renderer.RenderMarkdown(validation.Prepared, edits, cancellationToken), []) : (null, validation.Errors);
    }
}

/// <summary>The model the templates would see, or the validation errors that prevent rendering.</summary>
/// <param name="Model">The model, when the answers are valid.</param>
/// <param name="Errors">Why the answers cannot be rendered yet, per question id.</param>
public sealed record PrepareResult(TemplateModel? Model, IReadOnlyList<ValidationError> Errors);

/// <summary>A rendered agreement, or the validation errors that prevented it.</summary>
public sealed record ComposeResult(RenderedAgreement? Agreement, IReadOnlyList<ValidationError> Errors);
