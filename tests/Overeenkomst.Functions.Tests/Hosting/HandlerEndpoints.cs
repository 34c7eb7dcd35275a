using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Overeenkomst.Functions.Tests.Hosting;

/// <summary>The handler's endpoint table, as ASP.NET Core routes requests.</summary>
public static class HandlerEndpoints
{
    /// <summary>
    /// Endpoints the Functions host must not forward to, by route pattern, with the reason. Each needs no function.json.
    /// </summary>
    /// <remarks>Empty today: every endpoint is meant to be reachable in Azure. Add one only with a reason.</remarks>
    public static readonly IReadOnlyDictionary<string, string> NotForTheFunctionsHost = new Dictionary<string, string>();

    /// <summary>Starts the handler in memory and lists its route endpoints.</summary>
    public static IReadOnlyList<RouteEndpoint> Read()
    {
        using var factory = new WebApplicationFactory<Program>();
        // The entry point maps its endpoints after building; creating the server runs it that far.
        _ = factory.Server;
        return Of(factory.Services);
    }

    /// <summary>The route endpoints of a handler already started in memory.</summary>
    public static IReadOnlyList<RouteEndpoint> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    /// <summary>An endpoint as the host would see it, or null when it has no name.</summary>
    public static FunctionRoute? AsFunctionRoute(RouteEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
        return name is null ? null : FunctionRoute.Normalised(name, Pattern(endpoint), methods);
    }

    /// <summary>The endpoint's route pattern without slashes at its ends.</summary>
    public static string Pattern(RouteEndpoint endpoint) => (endpoint?.RoutePattern.RawText ?? "").Trim('/');
}
