using System.Text.Json;
using System.Text.RegularExpressions;

namespace Overeenkomst.Functions.Tests.Hosting;

/// <summary>What one endpoint looks like to the Functions host: a name, HTTP methods (empty: any) and a route.</summary>
public sealed partial record FunctionRoute(string Name, string Route, IReadOnlyList<string> Methods)
{
    /// <summary>
    /// Methods in upper case and order, the route without slashes at its ends and without parameter constraints, so both
    /// sides compare as text. Constraints ({n:int}) are the handler's to enforce; the host needs the parameters' names.
    /// </summary>
    public static FunctionRoute Normalised(string name, string route, IEnumerable<string> methods) =>
        new(name, Constraint().Replace(route.Trim('/'), ""),
            methods.Select(m => m.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToList());

    [GeneratedRegex(@"(?<=\{[^{}:]+):[^{}?]*")]
    private static partial Regex Constraint();

    /// <summary>Whether the two describe the same requests.</summary>
    public bool Matches(FunctionRoute other) =>
        Route == other.Route && Methods.SequenceEqual(other.Methods, StringComparer.Ordinal);

    /// <inheritdoc />
    public override string ToString() => $"{(Methods.Count == 0 ? "ANY" : string.Join(",", Methods))} {Route}";
}

/// <summary>Reads <c>functions/&lt;Name&gt;/function.json</c>, the way the Functions host discovers functions.</summary>
public static class FunctionDefinition
{
    /// <summary>The functions/ folder of the checkout.</summary>
    public static string Folder => RepositoryRoot.Combine("functions");

    /// <summary>Every function folder's name.</summary>
    public static IReadOnlyList<string> Names =>
        Directory.GetDirectories(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    /// <summary>The parsed function.json of <paramref name="name"/>.</summary>
    public static JsonDocument Read(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name, "function.json")));

    /// <summary>The bindings of <paramref name="name"/>'s function.json.</summary>
    public static IReadOnlyList<JsonElement> Bindings(string name) =>
        Read(name).RootElement.GetProperty("bindings").EnumerateArray().ToList();

    /// <summary>The HTTP trigger of <paramref name="name"/> as a route, or null if it has none.</summary>
    public static FunctionRoute? HttpRoute(string name)
    {
        var trigger = Bindings(name).FirstOrDefault(b => b.GetProperty("type").GetString() == "httpTrigger");
        if (trigger.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        // No "route" means the host uses the function's name; no "methods" means any method.
        var route = trigger.TryGetProperty("route", out var r) ? r.GetString()! : name;
        var methods = trigger.TryGetProperty("methods", out var m) ? m.EnumerateArray().Select(x => x.GetString()!) : [];
        return FunctionRoute.Normalised(name, route, methods);
    }
}
