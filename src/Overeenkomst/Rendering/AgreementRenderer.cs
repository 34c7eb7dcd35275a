using System.Security.Cryptography;
using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering.Docx;
using Overeenkomst.Rendering.Markdown;
using Overeenkomst.Rendering.Templates;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Overeenkomst.Rendering;

/// <summary>
/// Answers in, agreement out: fills in the templates as Markdown, parses that once, and writes the Word file from it.
/// </summary>
/// <remarks>Thread-safe: the templates and pipeline are shared and read-only; each render has its own context.</remarks>
public sealed class AgreementRenderer
{
    private static readonly ScriptObject Builtins = TemplateFunctions.CreateBuiltins();

    private readonly TemplateSet templates;
    private readonly DocxWriter docx = new(AgreementMarkdown.Pipeline);

    /// <summary>Creates a renderer for the given templates.</summary>
    public AgreementRenderer(TemplateSet templates) => this.templates = templates;

    /// <summary>The version of the templates this renderer uses.</summary>
    public string TemplateVersion => templates.Version;

    /// <summary>Renders the agreement for <paramref name="answers"/>.</summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in with these answers.</exception>
    public RenderedAgreement Render(Answers answers, RenderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var markdown = RenderMarkdown(answers, cancellationToken);
        var document = AgreementMarkdown.Parse(markdown);
        var title = AgreementMarkdown.TitleOf(document) is { Length: > 0 } found ? found : Messages.UntitledAgreement;
        var info = new DocumentInfo(title, options.CreatedBy, options.CreatedAt, options.Marking, options.Version ?? 0,
            Messages.DocumentDescription(templates.Version));
        var bytes = docx.Write(document, info);
        return new RenderedAgreement(title, markdown, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), templates.Version);
    }

    /// <summary>Fills in the templates for <paramref name="answers"/>, giving the agreement as Markdown.</summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in with these answers.</exception>
    public string RenderMarkdown(Answers answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var context = new AgreementTemplateContext(templates, Builtins, cancellationToken);
        context.PushGlobal(AgreementModel.From(answers));
        var main = templates.Find(TemplateSet.MainTemplate)!;
        try
        {
            return main.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new AgreementRenderException(
                Messages.TemplateRenderFailed(TemplateSet.Location(exception.Span), exception.OriginalMessage), exception);
        }
    }
}
