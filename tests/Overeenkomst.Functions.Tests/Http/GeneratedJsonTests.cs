using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Overeenkomst.Functions.Tests.Hosting;

namespace Overeenkomst.Functions.Tests.Http;

/// <summary>
/// Every body the API reads and every answer it writes as JSON goes through a serializer generated at build time: the
/// reflection-based one builds its metadata (and emits and compiles accessors) per type while a new instance starts and
/// on the first request of each kind. A new endpoint with a new type fails here until the type is added to ApiJson.
/// </summary>
public sealed class GeneratedJsonTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public void Every_json_type_of_the_api_is_served_by_a_generated_serializer()
    {
        var endpoints = HandlerEndpoints.Of(factory.Services);
        var types = endpoints
            .SelectMany(endpoint => endpoint.Metadata.OfType<IAcceptsMetadata>()
                .Where(accepts => accepts.ContentTypes.Contains("application/json"))
                .Select(accepts => accepts.RequestType)
                .Concat(endpoint.Metadata.OfType<IProducesResponseTypeMetadata>()
                    .Where(produces => produces.ContentTypes.Contains("application/json"))
                    .Select(produces => produces.Type)))
            .OfType<Type>()
            .Where(type => type != typeof(void) && !typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).IsAssignableFrom(type))
            .Distinct()
            .ToList();
        var options = factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        Assert.True(types.Count >= 20, $"Only {types.Count} JSON types found in {endpoints.Count} endpoints.");
        var byReflection = types.Where(type => options.GetTypeInfo(type).OriginatingResolver is not JsonSerializerContext)
            .Select(type => type.ToString()).ToList();
        Assert.True(byReflection.Count == 0, "Serialized by reflection: " + string.Join(", ", byReflection));
    }
}
