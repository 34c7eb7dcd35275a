using System.Text.Json;

namespace Overeenkomst.Functions.Tests.Hosting;

/// <summary>
/// The Functions host only forwards requests it has a function.json for: every endpoint of the handler needs exactly one,
/// and every function.json an endpoint, with the same methods and route (route parameters included).
/// </summary>
public sealed class FunctionsContractTests
{
    [Fact]
    public void Every_endpoint_has_a_function_json_with_its_name_methods_and_route_and_every_function_json_an_endpoint()
    {
        var problems = new List<string>();
        var functions = FunctionDefinition.Names.ToDictionary(n => n, FunctionDefinition.HttpRoute, StringComparer.Ordinal);
        var endpoints = new Dictionary<string, FunctionRoute>(StringComparer.Ordinal);

        foreach (var endpoint in HandlerEndpoints.Read())
        {
            var pattern = HandlerEndpoints.Pattern(endpoint);
            if (HandlerEndpoints.NotForTheFunctionsHost.ContainsKey(pattern))
            {
                continue;
            }

            if (HandlerEndpoints.AsFunctionRoute(endpoint) is not { } route)
            {
                problems.Add($"The handler maps '{pattern}' without a name: give it .WithName(\"<FunctionName>\") and add " +
                    "functions/<FunctionName>/function.json, or list it in HandlerEndpoints.NotForTheFunctionsHost with the reason.");
            }
            else if (!endpoints.TryAdd(route.Name, route))
            {
                problems.Add($"Two endpoints are named '{route.Name}' ({endpoints[route.Name]} and {route}); a function has one route.");
            }
        }

        foreach (var (name, route) in endpoints)
        {
            if (!functions.TryGetValue(name, out var function))
            {
                problems.Add($"The handler maps {route} as '{name}', but functions/{name}/function.json is missing: the host would never forward it.");
            }
            else if (function is null)
            {
                problems.Add($"functions/{name}/function.json has no httpTrigger binding, but the handler maps {route} as '{name}'.");
            }
            else if (!function.Matches(route))
            {
                problems.Add($"functions/{name}/function.json says {function}, but the handler maps {route}.");
            }
        }

        foreach (var (name, function) in functions)
        {
            if (!endpoints.ContainsKey(name))
            {
                problems.Add($"functions/{name}/function.json routes {function?.ToString() ?? "nothing"}, but the handler has no endpoint named '{name}'.");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_functions_folder_holds_only_function_folders_each_with_its_function_json()
    {
        var strayFiles = Directory.GetFiles(FunctionDefinition.Folder).Select(Path.GetFileName);
        var foldersWithoutFunction = FunctionDefinition.Names
            .Where(name => !File.Exists(Path.Combine(FunctionDefinition.Folder, name, "function.json")));

        Assert.Empty(strayFiles);
        Assert.Empty(foldersWithoutFunction);
    }

    [Theory]
    [MemberData(nameof(FunctionNames))]
    public void A_function_is_an_anonymous_http_trigger_with_an_http_output(string name)
    {
        // Access is App Service Authentication's job and then the handler's: a function key would lock out the web pages.
        var bindings = FunctionDefinition.Bindings(name);
        var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");
        var output = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "http");

        Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal("in", trigger.GetProperty("direction").GetString());
        Assert.Equal("out", output.GetProperty("direction").GetString());
        Assert.Equal(2, bindings.Count);
    }

    [Fact]
    public void Host_json_starts_the_packaged_handler_and_forwards_requests_unchanged()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("host.json")));
        var handler = host.RootElement.GetProperty("customHandler");
        var description = handler.GetProperty("description");
        var workingDirectory = description.GetProperty("workingDirectory").GetString();
        var executable = typeof(Program).Assembly.GetName().Name;

        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
        Assert.Equal($"{workingDirectory}/{executable}", description.GetProperty("defaultExecutablePath").GetString());
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        // An empty prefix keeps the handler's own paths: /api/... for the API and / for the web pages.
        Assert.Equal("", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    public static TheoryData<string> FunctionNames => new(FunctionDefinition.Names);
}
