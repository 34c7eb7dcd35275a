using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Overeenkomst.Questionnaire.Definition;

/// <summary>
/// A visibility condition: a Scriban expression over the answers (the language the templates use), parsed once when
/// the definition loads.
/// </summary>
public sealed class Condition
{
    private static readonly LexerOptions ScriptOnly = new() { Mode = ScriptMode.ScriptOnly };

    private readonly Template template;

    private Condition(string expression, Template template, IReadOnlyList<string> variables)
    {
        Expression = expression;
        this.template = template;
        Variables = variables;
    }

    /// <summary>The expression as written, e.g. <c>soort == "mbo-instelling"</c>.</summary>
    public string Expression { get; }

    /// <summary>The top-level names the expression reads.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>Parses <paramref name="expression"/>, or returns the parse errors.</summary>
    public static (Condition? Condition, IReadOnlyList<string> Errors) Parse(string expression, string location)
    {
        var template = Template.Parse(expression, location, lexerOptions: ScriptOnly);
        if (template.HasErrors)
        {
            return (null, template.Messages.Select(m => m.Message).ToList());
        }

        var visitor = new VariableVisitor();
        visitor.Visit(template.Page);
        return (new Condition(expression, template, visitor.Names.ToList()), []);
    }

    /// <summary>Whether the condition holds in <paramref name="context"/>; null and false are false, anything else Scriban's truth.</summary>
    internal bool IsMet(TemplateContext context)
    {
        var result = template.Evaluate(context);
        return result switch
        {
            null => false,
            bool value => value,
            _ => context.ToBool(default, result),
        };
    }

    /// <summary>Collects the names of variables an expression reads (not members: <c>a.b</c> gives <c>a</c>).</summary>
    private sealed class VariableVisitor : ScriptVisitor
    {
        public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);

        // In a.b only a is a variable; b is a member name.
        public override void Visit(ScriptMemberExpression node) => Visit(node.Target);

        public override void Visit(ScriptVariableGlobal node)
        {
            Names.Add(node.Name);
            base.Visit(node);
        }

        // $0, $1 … are the arguments of a function written in the condition (array.filter @(do; ret $0.soort == "x"; end)), not answers.
        public override void Visit(ScriptVariableLocal node)
        {
            if (!node.Name.StartsWith('$'))
            {
                Names.Add(node.Name);
            }

            base.Visit(node);
        }
    }
}
