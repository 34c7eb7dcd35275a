using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Overeenkomst.Functions.Web;

/// <summary>
/// The web app: three HTML pages and the files under wwwroot/, served by the handler itself. Each page and the one
/// catch-all route for static files is a named endpoint, because the Functions host forwards only routes that have a
/// function.json.
/// </summary>
internal static class WebApp
{
    /// <summary>Where the pages load their scripts and styles from.</summary>
    public const string StaticPrefix = "/static";

    /// <summary>The route of the start page, "/", in a form the Functions host accepts.</summary>
    public const string RootRoute = "{ignored:maxlength(0)?}";

    public static IEndpointRouteBuilder MapWebApp(this IEndpointRouteBuilder routes)
    {
        // The Functions host cannot route an empty path; an optional parameter that must stay empty is its known way to
        // reach "/" (Azure/Azure-Functions#2473), and function.json carries the same route text.
        routes.MapGet("/" + RootRoute, (IWebHostEnvironment environment) => Page(environment, "index.html"))
            .WithName("ShowAgreementsPage").RequireAuthorization().ExcludeFromDescription();
        routes.MapGet("/overeenkomsten/{id}", (string id, IWebHostEnvironment environment) => Page(environment, "overeenkomst.html"))
            .WithName("ShowAgreementPage").RequireAuthorization().ExcludeFromDescription();
        routes.MapGet("/overeenkomsten/{id}/vragenlijst", (string id, IWebHostEnvironment environment) => Page(environment, "vragenlijst.html"))
            .WithName("ShowQuestionnairePage").RequireAuthorization().ExcludeFromDescription();
        // Scripts and styles are public: they hold no data, and the sign-in page needs none of them anyway.
        routes.MapGet(StaticPrefix + "/{*path}", StaticFile).WithName("GetStaticFile").ExcludeFromDescription();
        return routes;
    }

    // The pages are fixed shells; their scripts fetch the data, so a page needs no rendering on the server.
    private static Results<FileStreamHttpResult, NotFound> Page(IWebHostEnvironment environment, string name) =>
        Serve(environment.WebRootFileProvider, name, "text/html; charset=utf-8");

    private static Results<FileStreamHttpResult, NotFound> StaticFile(string? path, IWebHostEnvironment environment)
    {
        // Only the assets: the page shells have their own routes, and nothing outside wwwroot is ever reachable.
        if (string.IsNullOrEmpty(path) || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
            || !ContentTypes.TryGetContentType(path, out var contentType))
        {
            return TypedResults.NotFound();
        }

        return Serve(environment.WebRootFileProvider, path, contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal)
            ? contentType + "; charset=utf-8"
            : contentType);
    }

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private static Results<FileStreamHttpResult, NotFound> Serve(IFileProvider files, string path, string contentType)
    {
        // The physical provider refuses "..", absolute paths and hidden files, so a path cannot leave wwwroot.
        var file = files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
        {
            return TypedResults.NotFound();
        }

        var tag = new EntityTagHeaderValue($"\"{file.LastModified.UtcTicks:x}-{file.Length:x}\"");
        return TypedResults.Stream(file.CreateReadStream(), contentType, lastModified: file.LastModified, entityTag: tag);
    }
}
