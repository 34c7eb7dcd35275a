using Overeenkomst.Rendering.Clauses;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Overeenkomst.Rendering.Templates;

/// <summary>
/// Checks the clause functions when the templates load: every <c>lid</c> names its member in plain text with a valid
/// name, and every <c>verwijzing</c> or <c>nummer</c> names an article, member or annex that some template writes. A
/// reference to a clause that does not exist stops start-up with its file, line and column instead of failing a render.
/// </summary>
internal static class ClauseCheck
{
    public static IEnumerable<string> FindProblems(IReadOnlyDictionary<string, Template> templates)
    {
        // Loops over the templates and one list rather than a query: a query over these structs is code the start-up
        // compiles first (the precompiled image has no copy of it), on the thread that loads the templates.
        var visitor = new ClauseCallVisitor();
        foreach (var (name, template) in templates)
        {
            if (!template.HasErrors)
            {
                visitor.Template = name;
                visitor.Visit(template.Page);
            }
        }

        var calls = visitor.Calls;
        var known = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var call in calls)
        {
            switch (call.Function)
            {
                case "artikel":
                    known.Add(ClauseIds.Article(call.Template));
                    break;
                case "bijlage":
                    known.Add(ClauseIds.Annex(call.Template));
                    break;
                case "lid" when ClauseIds.IsMemberName(call.Argument):
                    known.Add(ClauseIds.Member(ClauseIds.Article(call.Template), call.Argument));
                    break;
                case "lid":
                    problems.Add($"{TemplateSet.Location(call.Span)}: {Messages.MemberNameInvalid(call.Argument)}");
                    break;
            }
        }

        foreach (var call in calls)
        {
            if (call.Function is "verwijzing" or "nummer" && !known.Contains(call.Argument ?? ""))
            {
                problems.Add($"{TemplateSet.Location(call.Span)}: {Messages.UnknownClauseReference(call.Argument ?? "")}");
            }
        }

        return problems;
    }

    private readonly record struct Call(string Template, string Function, string? Argument, SourceSpan Span);

    private sealed class ClauseCallVisitor : ScriptVisitor
    {
        public List<Call> Calls { get; } = [];

        /// <summary>The name of the template being visited.</summary>
        public string Template { get; set; } = "";

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariable { Name: "artikel" or "bijlage" or "lid" or "verwijzing" or "nummer" } function)
            {
                // A name that is not written out (a variable, an expression) cannot be checked and is refused as invalid.
                var argument = node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string text } ? text : null;
                Calls.Add(new Call(Template, function.Name, argument, node.Span));
            }

            base.Visit(node);
        }

        public override void Visit(ScriptVariableGlobal node)
        {
            // "{{ artikel }}" without parentheses or arguments is a variable, not a call.
            if (node.Name is "artikel" or "bijlage")
            {
                Calls.Add(new Call(Template, node.Name, null, node.Span));
            }

            base.Visit(node);
        }
    }
}
