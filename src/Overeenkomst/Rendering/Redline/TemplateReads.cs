using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Rendering.Templates;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Overeenkomst.Rendering.Redline;

/// <summary>
/// Which answers each section of the agreement is written from, read from the templates' syntax trees: the variables a
/// partial reads (template variables are question ids), those of the partials it includes, those of the conditions
/// under which the main template includes it, and — for the names the main template derives, such as
/// <c>zorgorganisaties = partijen | waar …</c> — what those read in turn. Also the field names the section uses
/// (<c>partij.korte_naam</c>, <c>opsomming "korte_naam"</c>), to tell which answers inside a group matter.
/// </summary>
/// <remarks>
/// Sections are keyed as the redline keys them (<see cref="RedlineSections"/>): an article's or annex's clause id; the
/// opening for the main template's own text and the partials it includes before the first article; the signatures
/// for the partials after it that open no clause. Made once per template set.
/// </remarks>
public sealed class TemplateReads
{
    // The functions a template can call, Scriban's and ours: never answers, though some of ours read fields in code.
    private static readonly ScriptObject Functions = TemplateFunctions.CreateBuiltins();

    // Functions, and the loop object (for.index, for.last): never answers. No question id is the name of one.
    private static readonly HashSet<string> Builtins = [.. Functions.Keys, "for", "while"];

    private readonly Dictionary<string, SectionReads> sections = new(StringComparer.Ordinal);

    private TemplateReads(IReadOnlyDictionary<string, ScriptPage> pages)
    {
        var visited = pages.ToDictionary(page => page.Key, page => Visit(page.Value), StringComparer.Ordinal);
        var main = visited[TemplateSet.MainTemplate];
        var derived = main.Assignments;
        var seenClause = false;
        // The main template's own text (the title) belongs to the opening; its definitions and conditions count where they are used.
        Add(RedlineSections.Opening, main.DirectReads, [], derived);
        foreach (var (name, conditions) in main.Includes)
        {
            var (reads, fields, clauses) = Closure(name, visited, []);
            reads.UnionWith(conditions);
            if (clauses.Count == 0)
            {
                Add(seenClause ? RedlineSections.Signing : RedlineSections.Opening, reads, fields, derived);
            }

            foreach (var clause in clauses)
            {
                seenClause = true;
                Add(clause, reads, fields, derived);
            }
        }
    }

    // Walking the syntax trees takes a moment, and a template set never changes: once per set.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TemplateSet, TemplateReads> PerSet = new();

    /// <summary>What each section of agreements made with <paramref name="set"/> is written from.</summary>
    public static TemplateReads Of(TemplateSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return PerSet.GetValue(set, s => new TemplateReads(s.Pages));
    }

    /// <summary>What the section <paramref name="key"/> (a clause id, or the opening or signatures) is written from; for a member, its article's.</summary>
    public SectionReads Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return sections.TryGetValue(key, out var found) || (ClauseIds.ArticleOf(key) is { } article && sections.TryGetValue(article, out found))
            ? found
            : SectionReads.None;
    }

    private void Add(string key, IEnumerable<string> reads, IEnumerable<string> fields, IReadOnlyDictionary<string, Definition> derived)
    {
        var variables = new HashSet<string>(StringComparer.Ordinal);
        var allFields = new HashSet<string>(fields, StringComparer.Ordinal);
        Expand(reads, derived, variables, allFields, []);
        if (sections.TryGetValue(key, out var existing))
        {
            variables.UnionWith(existing.Variables);
            allFields.UnionWith(existing.Fields);
        }

        sections[key] = new SectionReads(variables, allFields);
    }

    // A derived name stands for what its definition reads: follow it to the answers.
    private static void Expand(IEnumerable<string> reads, IReadOnlyDictionary<string, Definition> derived, HashSet<string> variables,
        HashSet<string> fields, HashSet<string> expanded)
    {
        foreach (var name in reads)
        {
            if (derived.TryGetValue(name, out var definition))
            {
                if (expanded.Add(name))
                {
                    fields.UnionWith(definition.Fields);
                    Expand(definition.Reads, derived, variables, fields, expanded);
                }
            }
            else if (!Builtins.Contains(name))
            {
                variables.Add(name);
            }
        }
    }

    // What a partial reads with everything it includes, and the clauses it opens.
    private static (HashSet<string> Reads, HashSet<string> Fields, List<string> Clauses) Closure(string name, Dictionary<string, Visited> visited,
        HashSet<string> seen)
    {
        var reads = new HashSet<string>(StringComparer.Ordinal);
        var fields = new HashSet<string>(StringComparer.Ordinal);
        var clauses = new List<string>();
        if (!seen.Add(name) || !visited.TryGetValue(name, out var template))
        {
            return (reads, fields, clauses);
        }

        reads.UnionWith(template.Reads);
        fields.UnionWith(template.Fields);
        clauses.AddRange(template.Clauses.Select(kind => kind == "bijlage" ? ClauseIds.Annex(name) : ClauseIds.Article(name)));
        foreach (var (included, conditions) in template.Includes)
        {
            var inner = Closure(included, visited, seen);
            reads.UnionWith(inner.Reads);
            reads.UnionWith(conditions);
            fields.UnionWith(inner.Fields);
            clauses.AddRange(inner.Clauses);
        }

        return (reads, fields, clauses);
    }

    private static Visited Visit(ScriptPage page)
    {
        var visitor = new ReadsVisitor();
        visitor.Visit(page);

        // Direct reads keep the names the template defines: in the main template those are followed to what they read.
        return new Visited([.. visitor.Reads.Except(visitor.Assigned)], visitor.DirectReads, visitor.Fields,
            visitor.Includes, visitor.Clauses, visitor.Assignments);
    }

    private sealed record Visited(HashSet<string> Reads, HashSet<string> DirectReads, HashSet<string> Fields,
        List<(string Name, HashSet<string> Conditions)> Includes, List<string> Clauses, Dictionary<string, Definition> Assignments);

    // What a name the main template defines reads, and the fields it uses.
    private sealed record Definition(HashSet<string> Reads, HashSet<string> Fields);

    // Everything one template reads. Names it assigns itself (loop variables, its own helpers) are taken out afterwards;
    // the main template's assignments are kept with what their value (and the conditions around it) read.
    private sealed class ReadsVisitor : ScriptVisitor
    {
        private readonly Stack<HashSet<string>> conditions = new();
        private int indirect;

        public HashSet<string> Reads { get; } = new(StringComparer.Ordinal);

        /// <summary>What the template's own text reads: outside definitions and conditions.</summary>
        public HashSet<string> DirectReads { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Assigned { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Fields { get; } = new(StringComparer.Ordinal);

        public List<(string Name, HashSet<string> Conditions)> Includes { get; } = [];

        public List<string> Clauses { get; } = [];

        public Dictionary<string, Definition> Assignments { get; } = new(StringComparer.Ordinal);

        public override void Visit(ScriptVariableGlobal node)
        {
            // "{{ artikel }}" (or "artikel()") opens the article this partial writes.
            if (node.Name is "artikel" or "bijlage")
            {
                Clauses.Add(node.Name);
            }

            // A function that reads fields in code (aandelen reads each post's verdeling): those fields are read here too.
            Fields.UnionWith(TemplateFunctions.FieldsReadInCode(Functions, node.Name));

            Reads.Add(node.Name);
            if (indirect == 0)
            {
                DirectReads.Add(node.Name);
            }

            base.Visit(node);
        }

        public override void Visit(ScriptMemberExpression node)
        {
            if (node.Member is ScriptVariable member)
            {
                Fields.Add(member.Name);
            }

            Visit(node.Target);
        }

        public override void Visit(ScriptLiteral node)
        {
            // A field named as text: waar "soort" …, opsomming "korte_naam", array.map "leerweg".
            if (node.Value is string text)
            {
                Fields.Add(text);
            }

            base.Visit(node);
        }

        public override void Visit(ScriptAssignExpression node)
        {
            if (node.Target is ScriptVariable target)
            {
                Assigned.Add(target.Name);
                var (reads, fields) = ReadsOf(node.Value);
                foreach (var condition in conditions)
                {
                    reads.UnionWith(condition);
                }

                var definition = Assignments.TryGetValue(target.Name, out var earlier) ? earlier : new Definition([], []);
                definition.Reads.UnionWith(reads);
                definition.Fields.UnionWith(fields);
                Assignments[target.Name] = definition;
            }

            indirect++;
            Visit(node.Value);
            indirect--;
        }

        public override void Visit(ScriptObjectMember node)
        {
            // { datum: …, tekst: … }: the names are fields of the object made here, not variables read.
            if (node.Name is ScriptVariable name)
            {
                Fields.Add(name.Name);
            }

            Visit(node.Value);
        }

        public override void Visit(ScriptForStatement node)
        {
            if (node.Variable is ScriptVariable variable)
            {
                Assigned.Add(variable.Name);
            }

            base.Visit(node);
        }

        public override void Visit(ScriptIfStatement node)
        {
            indirect++;
            Visit(node.Condition);
            indirect--;
            conditions.Push(ReadsOf(node.Condition).Reads);
            Visit(node.Then);
            Visit(node.Else);
            conditions.Pop();
        }

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariable { Name: "include" } && node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name })
            {
                Includes.Add((name, [.. conditions.SelectMany(condition => condition)]));
            }
            base.Visit(node);
        }

        private static (HashSet<string> Reads, HashSet<string> Fields) ReadsOf(ScriptNode? node)
        {
            var visitor = new ReadsVisitor();
            if (node is not null)
            {
                visitor.Visit(node);
            }

            return ([.. visitor.Reads.Except(visitor.Assigned)], visitor.Fields);
        }
    }
}

/// <summary>What one section of the agreement is written from.</summary>
/// <param name="Variables">The answers (question ids, and other names of the model such as <c>kwaliteitstoets</c>) it reads.</param>
/// <param name="Fields">The field names it uses, to tell which answers inside a group it reads.</param>
public sealed record SectionReads(IReadOnlySet<string> Variables, IReadOnlySet<string> Fields)
{
    /// <summary>A section no template is known to write.</summary>
    public static SectionReads None { get; } = new(new HashSet<string>(), new HashSet<string>());
}
