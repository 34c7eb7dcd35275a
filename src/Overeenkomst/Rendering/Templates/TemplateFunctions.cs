using System.Globalization;
using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Rendering.Markdown;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Overeenkomst.Rendering.Templates;

/// <summary>The functions a template can call besides Scriban's own, with Dutch names for the people who edit templates.</summary>
/// <remarks>
/// <list type="table">
/// <item><term><c>datum</c></term><description>"2026-09-01" → "1 september 2026"</description></item>
/// <item><term><c>bedrag</c></term><description>12500 → "€ 12.500,00"</description></item>
/// <item><term><c>getal</c>, <c>procent</c></term><description>1.5 → "1,5"; 80 → "80 %"; <c>procent 46.55 1</c> → "46,6 %"</description></item>
/// <item><term><c>letter</c></term><description>1 → "a", 2 → "b": the items of a lettered list</description></item>
/// <item><term><c>telefoon</c></term><description>"0101234567" → "010 123 45 67"</description></item>
/// <item><term><c>beslisdatum</c></term><description>the day by which the parties decide on going on (<see cref="Questionnaire.AgreementTerm"/>), or null without renewal</description></item>
/// <item><term><c>opsomming</c></term><description>["A","B","C"] → "A, B en C"; with a field name, that field of each item</description></item>
/// <item><term><c>waar</c></term><description>the items of a list whose field has a value: <c>partijen | waar "soort" "zorgorganisatie"</c></description></item>
/// <item><term><c>waar_niet</c></term><description>the items of a list whose field has another value: <c>partijen | waar_niet "bevoegdheid" "de statuten of een reglement"</c></description></item>
/// <item><term><c>behalve</c></term><description>the items of a list that another list does not hold: <c>["a","b","c"] | behalve ["b"]</c> → ["a","c"]</description></item>
/// <item><term><c>vertaal</c></term><description>each item of a list replaced by its entry in an object: <c>["docent"] | vertaal { "docent": "Docenten" }</c> → ["Docenten"]</description></item>
/// <item><term><c>aandeel</c></term><description>a budget item's share (%) for one party: the sum of its <c>verdeling</c> entries for that party</description></item>
/// <item><term><c>aandelen</c></term><description>a budget item's share (%) for each party, in the order of <c>partijen</c>: <c>post | aandelen partijen</c></description></item>
/// <item><term><c>bijdrage</c></term><description>what one party pays of a whole budget: each item's amount times that party's share</description></item>
/// <item><term><c>bijdragen</c></term><description>what each party pays of a whole budget, in the order of <c>partijen</c></description></item>
/// <item><term><c>inzet</c></term><description>the hours per week a party puts in: over the roles it provides, the number of people (one when not given) times their hours</description></item>
/// <item><term><c>som</c></term><description>the sum of a field over a list: <c>begroting | som "bedrag"</c></description></item>
/// <item><term><c>telwoord</c></term><description>2 → "twee" (for "in tweevoud"); above twelve the digits</description></item>
/// <item><term><c>alineas</c></term><description>a long answer as paragraphs, escaped</description></item>
/// <item><term><c>artikel</c>, <c>bijlage</c></term><description>opens the article or annex this partial writes (its id is the partial's name); numbered later</description></item>
/// <item><term><c>lid "naam"</c></term><description>opens member <c>naam</c> of the current article (id <c>artikel.naam</c>); numbered later</description></item>
/// <item><term><c>verwijzing "id"</c>, <c>nummer "id"</c></term><description>"artikel 11", "lid 11.2", "Bijlage 2"; or just "11", "11.2", "2"</description></item>
/// <item><term><c>include</c></term><description>another template of the set, by name</description></item>
/// </list>
/// </remarks>
internal static class TemplateFunctions
{
    /// <summary>Scriban's built-in functions plus ours, made once and shared read-only by every render.</summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = new TemplateContext().BuiltinObject;
        Add(builtins, "datum", ["datum"], (context, arguments) => FormatDate(context, arguments[0]));
        Add(builtins, "bedrag", ["bedrag"], (context, arguments) => Format(context, arguments[0], DutchFormat.Money));
        Add(builtins, "getal", ["getal"], (context, arguments) => Format(context, arguments[0], DutchFormat.Number));
        Add(builtins, "procent", ["percentage", "decimalen?"], (context, arguments) => arguments.Count > 1
            ? Format(context, arguments[0], value => DutchFormat.Percentage(value, Convert.ToInt32(arguments[1] ?? 0, CultureInfo.InvariantCulture)))
            : Format(context, arguments[0], DutchFormat.Percentage));
        Add(builtins, "letter", ["getal"], (_, arguments) => arguments[0] is decimal or int or long ? Letter(Convert.ToInt32(arguments[0], CultureInfo.InvariantCulture)) : arguments[0]);
        Add(builtins, "telefoon", ["nummer"], (_, arguments) => arguments[0] is string number ? DutchFormat.Phone(number) : arguments[0]);
        Add(builtins, "beslisdatum", ["verlenging", "einddatum", "opzegtermijn"], (context, arguments) => DecisionDeadline(context, arguments));
        Add(builtins, "opsomming", ["lijst", "veld?"], (context, arguments) => Enumerate(context, arguments[0], arguments.Count > 1 ? arguments[1] as string : null));
        Add(builtins, "waar", ["lijst", "veld", "waarde"], (_, arguments) => ListFunctions.Where(arguments[0], arguments[1] as string, arguments[2], keep: true));
        Add(builtins, "waar_niet", ["lijst", "veld", "waarde"], (_, arguments) => ListFunctions.Where(arguments[0], arguments[1] as string, arguments[2], keep: false));
        Add(builtins, "behalve", ["lijst", "andere"], (_, arguments) => ListFunctions.Except(arguments[0], arguments[1]));
        Add(builtins, "vertaal", ["lijst", "tabel"], (_, arguments) => ListFunctions.LookUp(arguments[0], arguments[1]));
        Add(builtins, "aandeel", ["post", "partij"], (_, arguments) => BudgetFunctions.Share(arguments[0], arguments[1]),
            reads: ["verdeling", "partij", "aandeel"]);
        Add(builtins, "aandelen", ["post", "partijen"], (_, arguments) => BudgetFunctions.Shares(arguments[0], arguments[1]),
            reads: ["verdeling", "partij", "aandeel", "korte_naam"]);
        Add(builtins, "bijdrage", ["begroting", "partij"], (_, arguments) => BudgetFunctions.Contribution(arguments[0], arguments[1]),
            reads: ["bedrag", "verdeling", "partij", "aandeel"]);
        Add(builtins, "bijdragen", ["begroting", "partijen"], (_, arguments) => BudgetFunctions.Contributions(arguments[0], arguments[1]),
            reads: ["bedrag", "verdeling", "partij", "aandeel", "korte_naam"]);
        Add(builtins, "aandeel_decimalen", ["begroting"], (_, arguments) => BudgetFunctions.ShareDecimals(arguments[0]), reads: ["verdeling", "aandeel"]);
        Add(builtins, "inzet", ["rollen", "partij"], (context, arguments) => RoleFunctions.HoursPerWeek(context, arguments[0], arguments[1]),
            reads: ["partij", "aantal", "uren_per_week"]);
        Add(builtins, "som", ["lijst", "veld"], (context, arguments) => Sum(context, arguments[0], arguments[1] as string));
        Add(builtins, "telwoord", ["getal"], (context, arguments) => Format(context, arguments[0], DutchFormat.NumberWord));
        Add(builtins, "alineas", ["tekst"], (_, arguments) => new MarkdownFragment(MarkdownText.EscapeParagraphs(arguments[0]?.ToString())));
        Add(builtins, "artikel", [], (context, _) => Clauses(context).OpenArticle(context.CurrentSpan));
        Add(builtins, "bijlage", [], (context, _) => Clauses(context).OpenAnnex(context.CurrentSpan));
        Add(builtins, "lid", ["naam"], (context, arguments) => Clauses(context).OpenMember(context.CurrentSpan, arguments[0] as string));
        Add(builtins, "verwijzing", ["id"], (context, arguments) => ClauseScope.Refer(context.CurrentSpan, arguments[0] as string, ClauseMarker.Reference));
        Add(builtins, "nummer", ["id"], (context, arguments) => ClauseScope.Refer(context.CurrentSpan, arguments[0] as string, ClauseMarker.Number));
        builtins.SetValue("include", new IncludeFunction(), readOnly: true);
        return builtins;
    }

    // reads: the fields of answers the function reads in code, where no template names them (see FieldsReadInCode).
    private static void Add(ScriptObject builtins, string name, string[] parameters, Func<TemplateContext, ScriptArray, object?> body,
        string[]? reads = null) =>
        builtins.SetValue(name, new TemplateFunction(parameters, body) { FieldsRead = reads ?? [] }, readOnly: true);

    /// <summary>
    /// The fields of answers that function <paramref name="name"/> of <paramref name="builtins"/> reads in code, where no
    /// template names them (a post's <c>verdeling</c> for <c>aandelen</c>); none for any other name. Where a template calls
    /// such a function, <see cref="Redline.TemplateReads"/> counts them as read, so a redline still names a change that
    /// only touched them.
    /// </summary>
    public static IReadOnlyList<string> FieldsReadInCode(ScriptObject builtins, string name) =>
        builtins.TryGetValue(name, out var value) && value is TemplateFunction function ? function.FieldsRead : [];

    private static ClauseScope Clauses(TemplateContext context) => ((AgreementTemplateContext)context).Clauses;

    private static string FormatDate(TemplateContext context, object? value) => value switch
    {
        null => string.Empty,
        DateOnly date => DutchFormat.Date(date),
        DateTime dateTime => DutchFormat.Date(DateOnly.FromDateTime(dateTime)),
        string text when Questionnaire.IsoDate.TryParse(text, out var date) => DutchFormat.Date(date),
        _ => throw new ScriptRuntimeException(context.CurrentSpan, Messages.NotADate(value)),
    };

    // a … z, then aa, ab …: more items than any agreement lists.
    private static string Letter(int number) =>
        number <= 26 ? ((char)('a' + number - 1)).ToString() : Letter((number - 1) / 26) + Letter(((number - 1) % 26) + 1);

    // The same computation as validation and the quality check use, so the agreement names the day they checked.
    private static string? DecisionDeadline(TemplateContext context, ScriptArray arguments) =>
        arguments[1] is string text && Questionnaire.IsoDate.TryParse(text, out var end)
            && arguments[2] is decimal months
            ? Questionnaire.AgreementTerm.DecisionDeadline(arguments[0] as string, end, (int)months)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new ScriptRuntimeException(context.CurrentSpan, Messages.NotADate(arguments[1]));

    private static string Format(TemplateContext context, object? value, Func<decimal, string> format) => value switch
    {
        null => string.Empty,
        decimal number => format(number),
        int number => format(number),
        long number => format(number),
        double number => format((decimal)number),
        string text when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => format(number),
        _ => throw new ScriptRuntimeException(context.CurrentSpan, Messages.NotANumber(value)),
    };

    /// <summary>A whole or decimal number as the model holds it; anything else is a template error naming the value.</summary>
    internal static decimal Number(TemplateContext context, object? value) => value switch
    {
        decimal number => number,
        int number => number,
        long number => number,
        _ => throw new ScriptRuntimeException(context.CurrentSpan, Messages.NotANumber(value)),
    };

    private static decimal Sum(TemplateContext context, object? items, string? field)
    {
        var total = 0m;
        if (items is System.Collections.IEnumerable list and not string)
        {
            foreach (var item in list)
            {
                var value = field is not null && item is ScriptObject entry ? entry[field] : item;
                total += value is null ? 0m : Number(context, value);
            }
        }

        return total;
    }

    private static string Enumerate(TemplateContext context, object? items, string? field)
    {
        if (items is not System.Collections.IEnumerable list || items is string)
        {
            return items?.ToString() ?? string.Empty;
        }

        var texts = new List<string>();
        foreach (var item in list)
        {
            var value = field is not null && item is ScriptObject entry ? entry[field] : item;
            var text = value switch
            {
                null => null,
                decimal number => DutchFormat.Number(number),
                _ => context.ObjectToString(value),
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                texts.Add(text);
            }
        }

        return DutchFormat.Enumeration(texts);
    }

    /// <summary>One of our functions, called with its arguments as given.</summary>
    /// <remarks>
    /// Scriban calls a function imported as a .NET delegate through reflection (<c>Delegate.DynamicInvoke</c>) and converts
    /// every argument to the delegate's parameter types; an agreement makes hundreds of such calls, which were a fifth of
    /// filling in the templates. Our functions take what the template gives and check it themselves.
    /// </remarks>
    /// <param name="parameters">The parameter names; one ending in "?" is optional.</param>
    /// <param name="body">What the function does with the context and the arguments.</param>
    private sealed class TemplateFunction(string[] parameters, Func<TemplateContext, ScriptArray, object?> body) : IScriptCustomFunction
    {
        // Scriban asks for a parameter's info several times per argument of every call: made once, not on every ask.
        private readonly ScriptParameterInfo[] infos = [.. parameters.Select(name => new ScriptParameterInfo(typeof(object), name.TrimEnd('?')))];

        public int RequiredParameterCount { get; } = parameters.Count(name => !name.EndsWith('?'));

        public int ParameterCount => parameters.Length;

        public IReadOnlyList<string> FieldsRead { get; init; } = [];

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => infos[index];

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            body(context, arguments);

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));
    }

    /// <summary>Scriban's <c>include</c>, but from the parsed set, and giving trusted Markdown that is not escaped twice.</summary>
    /// <remarks>
    /// An include on its own (<c>{{ include "deel" }}</c>, the way every part is included) writes the part straight into
    /// the agreement: rendering it apart and copying it in was a third of the time and memory of filling in the
    /// templates. Used as a value (<c>{{ tekst = include "deel" }}</c>) or with arguments, the part is rendered apart
    /// and returned, as Scriban's own include does.
    /// </remarks>
    private sealed class IncludeFunction : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        // The name comes first; any further arguments reach the included template as $1, $2, …
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

        public Type ReturnType => typeof(MarkdownFragment);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "naam" : "argument");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var name = arguments.Count > 0 ? arguments[0] as string : null;
            var set = ((AgreementTemplateContext)context).Templates;
            if (name is null || set.Find(name) is not { } template || set.FindPage(name) is not { } page)
            {
                throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, Messages.UnknownPartial(name ?? string.Empty));
            }

            if (arguments.Count > 1 || callerContext?.Parent is not ScriptExpressionStatement)
            {
                return new MarkdownFragment(context.RenderTemplate(template, arguments, callerContext));
            }

            context.PushLocal();
            try
            {
                context.Evaluate(page);
            }
            finally
            {
                context.PopLocal();
            }

            return null;
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));
    }
}
