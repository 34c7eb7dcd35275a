namespace Overeenkomst.Functions.Web;

/// <summary>
/// Tells the browser what the pages may do: scripts only from this site's files (never inline, never injected), no
/// plug-ins, no site framing them (not even this one), HTTPS only once it has been seen. API answers carry people's
/// answers and names, so no browser or proxy keeps a copy. A response that sets its own policy (the previews) keeps it.
/// </summary>
internal static class SecurityHeaders
{
    // Inline styles stay allowed: the development sign-in page and the preview carry their own small style sheet, and a
    // style cannot run code. Inline script is what the policy exists to stop. The reading pane shows a version's preview
    // as srcdoc in a sandboxed frame, so no page of ours is ever framed by URL: frame-ancestors can be 'none'.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    // A year, the usual minimum; the subdomains of the app's own host name are its own too.
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        // The handler itself speaks plain HTTP to the Functions host, so ASP.NET's UseHsts (which waits for HTTPS) would never
        // send it; the host passes it on to the browser over HTTPS. On a developer's machine it would pin localhost to HTTPS.
        var https = !app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment();
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (!headers.ContainsKey("Content-Security-Policy"))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                }

                if (https)
                {
                    headers.StrictTransportSecurity = StrictTransportSecurity;
                }

                if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !headers.ContainsKey("Cache-Control"))
                {
                    headers.CacheControl = "no-store";
                }

                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
