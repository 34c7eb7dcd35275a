using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Overeenkomst.Functions.Tests.Http;

/// <summary>GET /api/openapi.json describes every API endpoint, each in a Dutch sentence, and no page.</summary>
public sealed class OpenApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task OpenApiDocument_DescribesTheApi_WithoutThePages()
    {
        var response = await factory.CreateClient().GetAsync("/api/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToList();
        Assert.Contains("/api/render", paths);
        Assert.Contains("/api/agreements/{id}/answers", paths);
        Assert.Contains("/api/agreements/{id}/reviews", paths);
        Assert.DoesNotContain("/aanmelden", paths);
        Assert.All(paths, path => Assert.StartsWith("/api/", path, StringComparison.Ordinal));
        Assert.Equal("Overeenkomst", document.RootElement.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_NamesEveryRouteParameter_AlsoThoseTheAccessFilterReads()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/openapi.json"));

        var missing = new List<string>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            var expected = Regex.Matches(path.Name, "{([^}:]+)").Select(match => match.Groups[1].Value).ToHashSet();
            foreach (var operation in path.Value.EnumerateObject().Where(item => item.Name is "get" or "put" or "post" or "delete"))
            {
                var described = new[] { path.Value, operation.Value }
                    .SelectMany(item => item.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : Enumerable.Empty<JsonElement>())
                    .Where(parameter => parameter.GetProperty("in").GetString() == "path")
                    .Select(parameter => parameter.GetProperty("name").GetString());
                missing.AddRange(expected.Except(described).Select(name => $"{operation.Name.ToUpperInvariant()} {path.Name}: {name}"));
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task OpenApiDocument_SaysWhatEachOperationDoes()
    {
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/openapi.json"));

        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(item => item.Name is "get" or "put" or "post" or "delete" or "patch")
                .Select(operation => (Name: $"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value)))
            .ToList();
        Assert.True(operations.Count >= 20, $"Only {operations.Count} operations described.");
        Assert.All(operations, operation =>
        {
            var summary = operation.Value.TryGetProperty("summary", out var text) ? text.GetString() : null;
            Assert.False(string.IsNullOrWhiteSpace(summary), $"{operation.Name} has no summary.");
            Assert.EndsWith(".", summary, StringComparison.Ordinal);
        });
    }
}
