namespace Overeenkomst.Questionnaire.Validation;

/// <summary>The names Scriban defines before any template does (array, string, math…, empty): the only names besides question ids a condition may read.</summary>
/// <remarks>
/// Written out rather than read from a new <see cref="Scriban.TemplateContext"/>: making one builds every Scriban function
/// table by reflection, which loading the questionnaire — on the way to the handler's first answer — paid for only to
/// learn these names (the check builds them on its first use, <see cref="ConditionScope.Builtins"/>). A test keeps this
/// list equal to Scriban's.
/// </remarks>
internal static class ScribanBuiltinNames
{
    private static readonly string[] Names = ["array", "blank", "date", "empty", "html", "include", "include_join", "math", "object", "regex", "string", "timespan"];

    /// <summary>The names, for the test that compares them with Scriban's.</summary>
    internal static IReadOnlyList<string> All => Names;

    /// <summary>Whether Scriban defines <paramref name="name"/>.</summary>
    public static bool Contains(string name) => Array.IndexOf(Names, name) >= 0;
}
