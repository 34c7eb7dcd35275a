using System.Text.Json;
using System.Text.Json.Serialization;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Functions.Health;

/// <summary>GET /api/health: the handler is up and its templates are loaded.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        // Written with the generated serializer: the health check is the first request a new instance answers, and the
        // reflection-based one would first build its metadata (and emit and compile accessors) for this one record.
        routes.MapGet("/api/health", (TemplateSet templates) =>
                TypedResults.Json(new HealthReport(Messages.Healthy, templates.Version), HealthJson.Default.HealthReport))
            .Produces<HealthReport>()
            .WithName("GetHealth")
            .WithSummary("Of de handler werkt, en met welke versie van de sjablonen.");
        return routes;
    }
}

/// <summary>The health answer: a sentence for people and the template version for operators.</summary>
internal sealed record HealthReport(string Status, string TemplateVersion);

/// <summary>The health answer's serializer, generated at build time, named as the rest of the API names its fields.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(HealthReport))]
internal sealed partial class HealthJson : JsonSerializerContext;
