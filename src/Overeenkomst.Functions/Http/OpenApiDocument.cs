namespace Overeenkomst.Functions.Http;

/// <summary>GET /api/openapi.json: the API described for the people and tools that integrate with it.</summary>
internal static class OpenApiDocument
{
    public const string Route = "/api/openapi.json";

    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Overeenkomst";
            document.Info.Description =
                "Samenwerkingsovereenkomsten voor hybride leerwerkplekken in de zorg: vragenlijst, kwaliteitstoets, concepten, beoordeling en definitieve versies.";
            // The generator names the server after the request's Host header, which any caller chooses (and behind the
            // Functions host is not the public name anyway); relative to where the document was fetched is always right.
            document.Servers = [new() { Url = "/" }];
            return Task.CompletedTask;
        }));

    public static IEndpointRouteBuilder MapOpenApiDocument(this IEndpointRouteBuilder routes)
    {
        routes.MapOpenApi(Route).WithName("GetOpenApi");
        return routes;
    }
}
