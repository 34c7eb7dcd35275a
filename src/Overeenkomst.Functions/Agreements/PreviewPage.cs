using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Rendering.Html;

namespace Overeenkomst.Functions.Agreements;

/// <summary>A whole HTML page around a version's preview, so a reviewer can open the link in any browser.</summary>
internal static class PreviewPage
{
    // The preview never runs script or loads anything, and no page frames it by its address (the reading pane shows it as
    // srcdoc); the policy says so to the browser as well.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    /// <summary>The agreement's Markdown as a preview page under <paramref name="title"/>, with the no-script policy on <paramref name="response"/>.</summary>
    public static ContentHttpResult Result(HttpResponse response, string title, string markdown) =>
        Html(response, title, AgreementPreview.ToHtml(markdown), "");

    /// <summary>A page around HTML the server made from escaped Markdown (<paramref name="body"/>), with extra <paramref name="style"/> rules.</summary>
    public static ContentHttpResult Html(HttpResponse response, string title, string body, string style)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return TypedResults.Content(Wrap(title, body, style), "text/html; charset=utf-8");
    }

    private static string Wrap(string title, string body, string style) =>
        $"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <title>{WebUtility.HtmlEncode(title)}</title>
        <style>body {"{"} font-family: Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5 {"}"}{style}</style>
        </head>
        <body>
        <main>
        {body}
        </main>
        </body>
        </html>
        """;
}
