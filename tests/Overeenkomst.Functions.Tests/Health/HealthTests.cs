using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Overeenkomst.Functions.Tests.Health;

/// <summary>GET /api/health tells an operator the handler is up and which templates it serves.</summary>
public sealed class HealthTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Health_Is200_WithTheTemplateVersion()
    {
        var response = await factory.CreateClient().GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Overeenkomst werkt.", report.GetProperty("status").GetString());
        Assert.Matches("^[0-9a-f]{12}$", report.GetProperty("templateVersion").GetString());
    }
}
