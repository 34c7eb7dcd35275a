using Microsoft.AspNetCore.Mvc.Testing;
using Overeenkomst.Functions.Tests.Hosting;

namespace Overeenkomst.Functions.Tests.Architecture;

/// <summary>
/// The access check runs once, before the endpoint, for every endpoint of one agreement: an endpoint mapped without it
/// would reach an agreement for anyone signed in.
/// </summary>
public sealed class AccessCheckTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public void Every_endpoint_of_one_agreement_runs_the_access_check_for_its_action()
    {
        var endpoints = HandlerEndpoints.Of(factory.Services)
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api/agreements/{id}", StringComparison.Ordinal) == true)
            .ToList();

        Assert.True(endpoints.Count >= 30, $"Only {endpoints.Count} endpoints of one agreement found.");
        Assert.All(endpoints, endpoint => Assert.True(
            endpoint.Metadata.Any(item => item.GetType().Name == "AgreementAccessFilter"),
            $"{endpoint.DisplayName} is mapped without .Opens(action)."));
    }
}
