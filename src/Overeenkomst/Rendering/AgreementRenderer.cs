using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering.Clauses;
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

    // The complete agreement of the largest example is ~60 000 characters: room for more, taken once.
    private const int OutputCapacity = 72 * 1024;

    // Each thread keeps its output buffer for the next render: a render runs on one thread from start to end, so no
    // two renders ever share one, and the buffer — beyond 85 kB, on the large object heap, where every allocation brings
    // the next full collection closer — is not allocated again for every agreement.
    [ThreadStatic]
    private static StringBuilder? output;

    private readonly TemplateSet templates;
    private readonly DocxWriter docx = new(AgreementMarkdown.Pipeline);

    /// <summary>Creates a renderer for the given templates.</summary>
    public AgreementRenderer(TemplateSet templates) => this.templates = templates;

    /// <summary>The version of the templates this renderer uses.</summary>
    public string TemplateVersion => templates.Version;

    /// <summary>The templates this renderer fills in.</summary>
    public TemplateSet Templates => templates;

    /// <summary>Renders the agreement for <paramref name="answers"/>.</summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in with these answers.</exception>
    public RenderedAgreement Render(Answers answers, RenderOptions options, CancellationToken cancellationToken = default) =>
        Render(AgreementModel.From(answers), options, cancellationToken);

    /// <summary>Renders the agreement for answers the validator prepared (<see cref="Questionnaire.Validation.AnswerEvaluation.Prepared"/>).</summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in with this model.</exception>
    public RenderedAgreement Render(IEnumerable<KeyValuePair<string, JsonNode?>> model, RenderOptions options, CancellationToken cancellationToken = default) =>
        Render(AgreementModel.From(model), options, cancellationToken);

    /// <summary>Fills in the templates for <paramref name="answers"/>, giving the agreement as Markdown.</summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in with these answers.</exception>
    public string RenderMarkdown(Answers answers, CancellationToken cancellationToken = default) =>
        RenderMarkdown(AgreementModel.From(answers), null, cancellationToken);

    /// <summary>Fills in the templates for a prepared model, giving the agreement as Markdown; <paramref name="edits"/> replace the clauses they name.</summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in with this model.</exception>
    public string RenderMarkdown(IEnumerable<KeyValuePair<string, JsonNode?>> model, IReadOnlyDictionary<string, string>? edits = null,
        CancellationToken cancellationToken = default) =>
        RenderMarkdown(AgreementModel.From(model), edits, cancellationToken);

    /// <summary>
    /// Writes an agreement text that is already laid out (a stored version's Markdown) as a Word file, as made with the
    /// templates of <paramref name="templateVersion"/>: how a final keeps, word for word, the text that was approved.
    /// </summary>
    public RenderedAgreement Write(string markdown, RenderOptions options, string templateVersion)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(options);
        var document = AgreementMarkdown.Parse(markdown);
        var title = AgreementMarkdown.TitleOf(document) is { Length: > 0 } found ? found : Messages.UntitledAgreement;
        var info = new DocumentInfo(title, options.CreatedBy, options.CreatedAt, options.Marking, options.Version ?? 0,
            Messages.DocumentDescription(templateVersion));
        var bytes = docx.Write(document, info);
        return new RenderedAgreement(title, markdown, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), templateVersion);
    }

    private RenderedAgreement Render(ScriptObject model, RenderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Write(RenderMarkdown(model, options.Edits, cancellationToken), options, templates.Version);
    }

    private string RenderMarkdown(ScriptObject model, IReadOnlyDictionary<string, string>? edits, CancellationToken cancellationToken)
    {
        var context = AgreementTemplateContext.Start(templates, Builtins, cancellationToken);
        context.PushGlobal(model);
        // Room for a whole agreement up front, instead of growing the output piece by piece as it is written.
        output ??= new StringBuilder(OutputCapacity);
        context.PushOutput(new StringBuilderOutput(output.Clear()));
        try
        {
            // Evaluated into the buffer and laid out from there: making a string of what the templates wrote would be one
            // more string beyond 85 kB per render, each of which brings the next full collection of the heap closer.
            context.Evaluate(templates.Main);
            context.Finish();
            return ClauseLayout.Apply(output, edits);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new AgreementRenderException(
                Messages.TemplateRenderFailed(TemplateSet.Location(exception.Span), ScribanMessage.InDutch(exception.OriginalMessage)), exception);
        }
    }
}
