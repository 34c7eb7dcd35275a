namespace Overeenkomst.Functions.Web;

/// <summary>
/// Tells the browser what the pages may do: scripts only from this site's files (never inline, never injected), no
/// plug-ins, no other site framing them. A response that sets its own policy (the agreement preview) keeps it.
/// </summary>
internal static class SecurityHeaders
{
    // Inline styles stay allowed: the development sign-in page and the preview carry their own small style sheet, and a
    // style cannot run code. Inline script is what the policy exists to stop.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (!headers.ContainsKey("Content-Security-Policy"))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                }

                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
}
