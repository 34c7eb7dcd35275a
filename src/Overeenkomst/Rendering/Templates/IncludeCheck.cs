using Scriban;
using Scriban.Syntax;

namespace Overeenkomst.Rendering.Templates;

/// <summary>Finds <c>include "name"</c> calls that name a template the set does not have, so the mistake stops start-up, not a render.</summary>
internal static class IncludeCheck
{
    public static IEnumerable<string> FindUnknownIncludes(IReadOnlyDictionary<string, Template> templates)
    {
        foreach (var template in templates.Values.Where(t => !t.HasErrors))
        {
            var visitor = new IncludeVisitor();
            visitor.Visit(template.Page);
            foreach (var (name, span) in visitor.Includes)
            {
                if (!templates.ContainsKey(name))
                {
                    yield return $"{TemplateSet.Location(span)}: {Messages.UnknownPartial(name)}";
                }
            }
        }
    }

    private sealed class IncludeVisitor : ScriptVisitor
    {
        public List<(string Name, Scriban.Parsing.SourceSpan Span)> Includes { get; } = [];

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariable { Name: "include" } && node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name })
            {
                Includes.Add((name, node.Span));
            }

            base.Visit(node);
        }
    }
}
