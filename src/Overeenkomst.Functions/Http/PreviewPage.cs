using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Rendering.Html;

namespace Overeenkomst.Functions.Http;

/// <summary>A whole HTML page around a version's preview, so a reviewer can open the link in any browser.</summary>
internal static class PreviewPage
{
    // The preview never runs script or loads anything, and no page frames it by its address (the reading pane shows it as
    // srcdoc); the policy says so to the browser as well.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    /// <summary>
    /// The agreement's Markdown as a preview page under <paramref name="title"/>, with the no-script policy on
    /// <paramref name="response"/>. A draft carries <paramref name="marking"/> above the text, as the .docx carries CONCEPT
    /// in its header: a page opened on its own, printed or forwarded must not pass for the final text.
    /// </summary>
    public static ContentHttpResult Result(HttpResponse response, string title, string markdown, string? marking = null)
    {
        var banner = marking is null ? string.Empty : $"<p class=\"markering\" role=\"note\">{WebUtility.HtmlEncode(marking)}</p>";
        return Html(response, title, banner + AgreementPreview.ToHtml(markdown), "");
    }

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
        <style>body {"{"} font-family: Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5 {"}"}
        .markering {"{"} border: 3px solid #a00000; color: #a00000; font: 700 1.1rem/1.4 system-ui, sans-serif; letter-spacing: .05em; padding: .5rem 1rem; text-align: center {"}"}
        @media print {"{"} .markering {"{"} position: fixed; top: 0; left: 0; right: 0 {"}"} {"}"}{style}</style>
        </head>
        <body>
        <main>
        {body}
        </main>
        </body>
        </html>
        """;
}
