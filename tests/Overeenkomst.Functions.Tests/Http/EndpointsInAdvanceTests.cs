using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Overeenkomst.Functions.Http;

namespace Overeenkomst.Functions.Tests.Http;

/// <summary>
/// No endpoint is built on the main thread before the handler listens: the authorization middleware keeps no policy cache
/// (making it built them all), and every endpoint, those of groups included, is built once beside the start instead.
/// </summary>
public sealed class EndpointsInAdvanceTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public void The_authorization_middleware_keeps_no_policy_cache_that_would_build_every_endpoint_at_start()
    {
        _ = factory.Server;

        var policies = factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();

        Assert.False(policies.AllowsCachingPolicies);
    }

    [Fact]
    public async Task Building_in_advance_builds_every_endpoint_those_of_groups_included()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapGet("/api/een", () => "een");
        var group = app.MapGroup("/api/groep");
        group.MapGet("/twee", () => "twee");
        group.MapPost("/drie", () => "drie");

        var built = await app.BuildEndpointsInAdvance();

        Assert.Equal(3, built);
    }
}
