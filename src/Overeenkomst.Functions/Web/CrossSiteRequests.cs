namespace Overeenkomst.Functions.Web;

/// <summary>
/// Refuses a request that changes something when another site made the browser send it: a form on another site can POST
/// here with the user's sign-in cookie (App Service's or the development sign-in's) and needs no CORS permission for a
/// body-less POST or a form — signing someone in as someone else, signing them out, rendering versions in their name.
/// </summary>
/// <remarks>
/// Browsers say where a request comes from in <c>Sec-Fetch-Site</c> (every current browser); one that does not is judged
/// by its <c>Origin</c>. A request with neither is no cross-site browser request (a script, curl, a test) and passes.
/// </remarks>
internal static class CrossSiteRequests
{
    public static IApplicationBuilder RefuseCrossSiteRequests(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (ChangesSomething(context.Request.Method) && FromAnotherSite(context.Request))
            {
                await TypedResults.Problem(Messages.CrossSiteRefusedDetail, statusCode: StatusCodes.Status403Forbidden,
                    title: Messages.CrossSiteRefusedTitle).ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    private static bool ChangesSomething(string method) => !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));

    private static bool FromAnotherSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            // "none" is the person themselves (a bookmark, the address bar); "same-site" is another host of the same site,
            // which on azurewebsites.net is somebody else's app.
            return site is not ("same-origin" or "none");
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var from) && OwnHosts(request).Contains(from.Authority, StringComparer.OrdinalIgnoreCase));
    }

    // The Functions host and App Service's front end forward the request, so the name the browser used may be in a forwarding header.
    private static IEnumerable<string> OwnHosts(HttpRequest request) =>
        new[] { request.Host.Value, request.Headers["X-Forwarded-Host"].ToString(), request.Headers["X-Original-Host"].ToString() }
            .OfType<string>().Where(host => host.Length > 0);
}
