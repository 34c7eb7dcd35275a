using Overeenkomst.Rendering.Markdown;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Overeenkomst.Rendering.Templates;

/// <summary>The context one render runs in: safety limits on, Dutch culture, and every written value escaped as user text.</summary>
/// <remarks>
/// This is where "answers are data" is enforced: whatever an expression writes — an answer, a formatted amount, an
/// object printed by mistake — passes <see cref="MarkdownText.Escape"/>, unless it is a <see cref="MarkdownFragment"/>
/// that our own functions built. Template text outside <c>{{ }}</c> is written as is: that is the template's Markdown.
/// </remarks>
internal sealed class AgreementTemplateContext : TemplateContext
{
    public AgreementTemplateContext(TemplateSet templates, ScriptObject builtins, CancellationToken cancellationToken)
        : base(builtins)
    {
        Templates = templates;
        StrictVariables = true;
        LoopLimit = 10_000;
        RecursiveLimit = 64;
        LimitToString = 1024 * 1024;
        OutputLimit = 8 * 1024 * 1024;
        NewLine = "\n";
        CancellationToken = cancellationToken;
        PushCulture(DutchFormat.Culture);
    }

    /// <summary>The templates that <c>include</c> may name.</summary>
    public TemplateSet Templates { get; }

    /// <summary>The article the template is writing, for the members it opens.</summary>
    public ClauseScope Clauses { get; } = new();

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        MarkdownFragment fragment => Write(fragment.Markdown),
        string text => Write(MarkdownText.Escape(text)),
        _ => Write(MarkdownText.Escape(ObjectToString(textAsObject, nested: false))),
    };

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => new(Write(span, textAsObject));
}
