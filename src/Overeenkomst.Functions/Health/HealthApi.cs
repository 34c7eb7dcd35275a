using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Functions.Health;

/// <summary>GET /api/health: the handler is up and its templates are loaded.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/health", (TemplateSet templates) =>
                TypedResults.Ok(new HealthReport(Messages.Healthy, templates.Version)))
            .WithName("GetHealth")
            .WithSummary("Of de handler werkt, en met welke versie van de sjablonen.");
        return routes;
    }
}

/// <summary>The health answer: a sentence for people and the template version for operators.</summary>
internal sealed record HealthReport(string Status, string TemplateVersion);
