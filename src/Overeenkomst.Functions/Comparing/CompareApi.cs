using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Comparing;
using Overeenkomst.Functions.Access;
using Overeenkomst.Functions.Http;
using Overeenkomst.Rendering;

namespace Overeenkomst.Functions.Comparing;

/// <summary>
/// /api/agreements/{id}/versions/{n}/compare/{m}: what changed from version n to version m, per article, with what changed
/// it — as a page to read in the browser, or as a Word file with tracked changes and a comment on every changed article.
/// </summary>
internal static class CompareApi
{
    // Inserted and deleted words and blocks, and the reasons beside each changed article; the page runs no script.
    private const string Style = """
         ins { background: #e3f4e6; color: #14532d; text-decoration: underline; }
         del { background: #fbe4e4; color: #7f1d1d; text-decoration: line-through; }
         div.ingevoegd { border-left: 4px solid #15803d; padding-left: .75rem; background: #f3fbf4; }
         div.verwijderd { border-left: 4px solid #b91c1c; padding-left: .75rem; background: #fdf3f3; text-decoration: line-through; }
         tr.ingevoegd { background: #e3f4e6; } tr.verwijderd { background: #fbe4e4; text-decoration: line-through; }
         section.wijziging { border-top: 2px solid #1f3a5f; margin: 2rem 0; padding-top: .5rem; }
         aside.waarom { background: #f4f6fa; border: 1px solid #c9d3e3; padding: .5rem 1rem; margin: .5rem 0 1rem; font-family: sans-serif; font-size: .95rem; }
         details.ongewijzigd { margin: .25rem 0; } details.ongewijzigd > summary { cursor: pointer; color: #1f3a5f; }
         table { border-collapse: collapse; } td, th { border: 1px solid #c9d3e3; padding: .2rem .4rem; vertical-align: top; }
        """;

    public static RouteGroupBuilder MapCompare(this RouteGroupBuilder agreements)
    {
        agreements.MapGet("/{id}/versions/{n:int}/compare/{m:int}", PageAsync).Opens(AgreementAction.Read).WithName("CompareVersions")
            .WithSummary("Wat er veranderde van versie n naar versie m, per artikel met wat het veroorzaakte (antwoorden of eigen tekst); gewijzigde artikelen eerst, ongewijzigde ingeklapt.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        agreements.MapGet("/{id}/versions/{n:int}/compare/concept", DraftAsync).Opens(AgreementAction.Read).WithName("CompareWithDraft")
            .WithSummary("Wat het huidige concept (antwoorden en eigen teksten van nu, nog geen versie) verandert ten opzichte van versie n, per artikel met de oorzaak.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        agreements.MapGet("/{id}/versions/{n:int}/compare/{m:int}/document", DocumentAsync).Opens(AgreementAction.Read)
            .WithName("CompareVersionsDocument")
            .WithSummary("Dezelfde vergelijking als Word-bestand met bijgehouden wijzigingen (auteur en moment van versie m) en bij elk gewijzigd artikel een opmerking met de oorzaak.")
            .Produces(StatusCodes.Status200OK, contentType: RenderedAgreement.DocxContentType);
        return agreements;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PageAsync(
        int n, int m, HttpContext context, VersionComparer comparer, CancellationToken cancellationToken)
    {
        var compared = await CompareAsync(n, m, context, comparer, cancellationToken);
        if (!compared.Succeeded)
        {
            return compared.Problem;
        }

        var comparison = compared.Value;
        return Page(context, comparison, Messages.ComparisonTitle(comparison.Newer.Version.Title, n, m), Messages.ComparisonVersions(
            n, comparison.Older.Author, comparison.Older.Version.CreatedAt, m, comparison.Newer.Author, comparison.Newer.Version.CreatedAt));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> DraftAsync(
        int n, HttpContext context, VersionComparer comparer, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        var (comparison, errors) = await comparer.CompareWithDraftAsync(open.Id, n, open.Agreement.Value, cancellationToken);
        if (comparison is null)
        {
            return errors.Count > 0 ? AnswerProblems.Invalid(errors) : AgreementProblems.VersionNotFound(n);
        }

        return Page(context, comparison, Messages.ComparisonWithDraftTitle(comparison.Newer.Version.Title, n),
            Messages.ComparisonWithDraft(n, comparison.Older.Author, comparison.Older.Version.CreatedAt));
    }

    public static ContentHttpResult Page(HttpContext context, Comparison comparison, string title, string versions)
    {
        var body = $"<h1>{WebUtility.HtmlEncode(title)}</h1>\n<p class=\"versies\">{WebUtility.HtmlEncode(versions)}</p>\n" + comparison.ToHtml();
        return PreviewPage.Html(context.Response, title, body, Style);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DocumentAsync(
        int n, int m, HttpContext context, VersionComparer comparer, CancellationToken cancellationToken)
    {
        var compared = await CompareAsync(n, m, context, comparer, cancellationToken);
        return compared.Succeeded
            ? TypedResults.File(compared.Value.ToDocx(), RenderedAgreement.DocxContentType,
                AgreementFileName.ForComparison(compared.Value.Newer.Version.Title, n, m))
            : compared.Problem;
    }

    private static async Task<OrProblem<Comparison>> CompareAsync(int n, int m, HttpContext context, VersionComparer comparer,
        CancellationToken cancellationToken) =>
        await comparer.CompareAsync(OpenAgreement.Of(context).Id, n, m, cancellationToken) is { } comparison
            ? comparison
            : AgreementProblems.VersionsNotFound(n, m);
}
