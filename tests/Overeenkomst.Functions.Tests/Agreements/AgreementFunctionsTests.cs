using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Overeenkomst.Functions.Tests.Hosting;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>The Functions host reaches each agreements endpoint only through a function.json with the same name, method and route.</summary>
public sealed partial class AgreementFunctionsTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-functions-");

    [Fact]
    public void Every_agreements_endpoint_has_a_function_json_with_its_name_method_and_route()
    {
        using var host = new AgreementsHost(AgreementsHost.Folder(folder.FullName));
        var endpoints = HandlerEndpoints.Of(host.Services)
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith("/api/agreements", StringComparison.Ordinal))
            .ToList();

        Assert.True(endpoints.Count == 33, string.Join(", ", endpoints.Select(endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)));
        foreach (var endpoint in endpoints)
        {
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName;
            var file = RepositoryRoot.Combine("functions", name, "function.json");
            Assert.True(File.Exists(file), $"{name} has no {file}");
            var trigger = JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("bindings")[0];
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single();

            Assert.Equal(Constraint().Replace(endpoint.RoutePattern.RawText!.Trim('/'), ""), trigger.GetProperty("route").GetString());
            Assert.Equal([method.ToLowerInvariant()], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        }
    }

    public void Dispose() => folder.Delete(recursive: true);

    // The handler's routes say {n:int}; the Functions host only needs the parameter's name.
    [GeneratedRegex(":[a-z]+(?=})")]
    private static partial Regex Constraint();
}
