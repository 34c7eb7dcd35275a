using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Rendering;

/// <summary>
/// Answers in, agreement out — but only for valid answers: validates, runs the quality check, and renders from the
/// prepared answers, so answers to hidden questions never reach the document.
/// </summary>
public sealed class AgreementComposer(AnswerChecker checker, AgreementRenderer renderer)
{
    /// <summary>Renders the agreement, or returns why the answers cannot be rendered.</summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in (a template error, not an answer error).</exception>
    public ComposeResult Compose(Answers answers, RenderOptions options, CancellationToken cancellationToken = default)
    {
        var check = checker.Check(answers);
        if (!check.IsValid)
        {
            return new ComposeResult(null, check.Validation.Errors);
        }

        return new ComposeResult(renderer.Render(check.TemplateModel(), options, cancellationToken), []);
    }

    /// <summary>The agreement as Markdown, or the errors.</summary>
    public (string? Markdown, IReadOnlyList<ValidationError> Errors) ComposeMarkdown(Answers answers, CancellationToken cancellationToken = default) =>
        ComposeMarkdown(answers, null, cancellationToken);

    /// <summary>The agreement as Markdown with <paramref name="edits"/> (clause id → text) in place of the clauses they name, or the errors.</summary>
    public (string? Markdown, IReadOnlyList<ValidationError> Errors) ComposeMarkdown(Answers answers, IReadOnlyDictionary<string, string>? edits,
        CancellationToken cancellationToken = default)
    {
        var check = checker.Check(answers);
        return check.IsValid ? (renderer.RenderMarkdown(check.TemplateModel(), edits, cancellationToken), []) : (null, check.Validation.Errors);
    }
}

/// <summary>A rendered agreement, or the validation errors that prevented it.</summary>
public sealed record ComposeResult(RenderedAgreement? Agreement, IReadOnlyList<ValidationError> Errors);
