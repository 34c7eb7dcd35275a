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
    // Each thread keeps the context of its last render for the next one, as Scriban allows (Reset): a context costs 21 kB
    // to make (Scriban sets up its stacks and 65 argument arrays), and a render runs on one thread from start to end.
    [ThreadStatic]
    private static AgreementTemplateContext? spare;

    private readonly ScriptObject builtins;

    private AgreementTemplateContext(TemplateSet templates, ScriptObject builtins)
        : base(builtins)
    {
        Templates = templates;
        this.builtins = builtins;
        StrictVariables = true;
        LoopLimit = 10_000;
        RecursiveLimit = 64;
        LimitToString = 1024 * 1024;
        OutputLimit = 8 * 1024 * 1024;
        NewLine = "\n";

        // What a template writes is written as it is, never indented again after each of its line ends: in Markdown an
        // indent means something (a list item's continuation, a code block), and a template says it where it wants one.
        // No template puts spaces before a "{{", so the text is the same; with Scriban's automatic indent every text
        // written after a "{{" at the start of a line was searched for line ends all the same, to indent them by nothing.
        AutoIndent = false;
    }

    /// <summary>A context for one render, this thread's spare one when it has one for these templates; <see cref="Finish"/> gives it back.</summary>
    public static AgreementTemplateContext Start(TemplateSet templates, ScriptObject builtins, CancellationToken cancellationToken)
    {
        var context = spare is { } kept && kept.Templates == templates && kept.builtins == builtins ? kept : new AgreementTemplateContext(templates, builtins);
        spare = null;
        context.Clauses = new ClauseScope();
        context.CancellationToken = cancellationToken;
        context.PushCulture(DutchFormat.Culture);
        return context;
    }

    /// <summary>
    /// Keeps the context for this thread's next render, emptied as a new one is (outputs, globals, cultures). Only a render
    /// that ended normally calls this: one that failed may have left a scope open, and its context is simply dropped.
    /// </summary>
    public void Finish()
    {
        Reset();
        ResetPreviousNewLine();
        spare = this;
    }

    /// <summary>The templates that <c>include</c> may name.</summary>
    public TemplateSet Templates { get; }

    /// <summary>The article the template is writing, for the members it opens.</summary>
    public ClauseScope Clauses { get; private set; } = new();

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        MarkdownFragment fragment => Write(fragment.Markdown),
        string text => Write(MarkdownText.Escape(text)),
        _ => Write(MarkdownText.Escape(ObjectToString(textAsObject, nested: false))),
    };

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => new(Write(span, textAsObject));

    /// <remarks>
    /// Every argument a template passes to a function goes through here. Our own functions take <see cref="object"/>,
    /// which Scriban's conversion returns as is only after a dozen type tests (nullable, enum, primitive, convertible…):
    /// a tenth of filling in the templates. No value a template sees converts itself (none implements
    /// <see cref="Scriban.Syntax.IScriptConvertibleTo"/>), so the answer for <see cref="object"/> is always the value.
    /// </remarks>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        destinationType == typeof(object) ? value : base.ToObject(span, value, destinationType);
}
