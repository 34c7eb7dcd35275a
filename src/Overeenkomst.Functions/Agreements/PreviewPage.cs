using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Rendering.Html;

namespace Overeenkomst.Functions.Agreements;

/// <summary>A whole HTML page around a version's preview, so a reviewer can open the link in any browser.</summary>
internal static class PreviewPage
{
    // The preview never runs script or loads anything; the policy says so to the browser as well.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    /// <summary>
    /// The agreement's Markdown as a preview page under <paramref name="title"/>, with the no-script policy on
    /// <paramref name="response"/>. A draft carries <paramref name="marking"/> above the text, as the .docx carries CONCEPT
    /// in its header: a page opened on its own, printed or forwarded must not pass for the final text.
    /// </summary>
    public static ContentHttpResult Result(HttpResponse response, string title, string markdown, string? marking = null)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        var banner = marking is null ? string.Empty : $"<p class=\"markering\" role=\"note\">{WebUtility.HtmlEncode(marking)}</p>";
        return TypedResults.Content(Wrap(title, banner + AgreementPreview.ToHtml(markdown)), "text/html; charset=utf-8");
    }

    private static string Wrap(string title, string body) =>
        $"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <title>{WebUtility.HtmlEncode(title)}</title>
        <style>body {"{"} font-family: Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5 {"}"}
        .markering {"{"} border: 3px solid #a00000; color: #a00000; font: 700 1.1rem/1.4 system-ui, sans-serif; letter-spacing: .05em; padding: .5rem 1rem; text-align: center {"}"}
        @media print {"{"} .markering {"{"} position: fixed; top: 0; left: 0; right: 0 {"}"} {"}"}</style>
        </head>
        <body>
        <main>
        {body}
        </main>
        </body>
        </html>
        """;
}
