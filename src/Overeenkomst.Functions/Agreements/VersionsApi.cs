using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Http;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Html;

namespace Overeenkomst.Functions.Agreements;

/// <summary>/api/agreements/{id}/versions: render and keep numbered drafts, list them, download and preview any of them.</summary>
internal static class VersionsApi
{
    public static RouteGroupBuilder MapVersions(this RouteGroupBuilder agreements)
    {
        agreements.MapPost("/{id}/versions", CreateAsync).WithName("CreateVersion");
        agreements.MapGet("/{id}/versions", ListAsync).WithName("ListVersions");
        agreements.MapGet("/{id}/versions/{n:int}/document", DownloadAsync).WithName("DownloadVersion")
            .Produces(StatusCodes.Status200OK, contentType: RenderedAgreement.DocxContentType);
        agreements.MapGet("/{id}/versions/{n:int}/preview", PreviewAsync).WithName("PreviewVersion")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        return agreements;
    }

    private static async Task<Results<Created<VersionView>, ProblemHttpResult>> CreateAsync(
        string id, VersionArchive versions, CancellationToken cancellationToken)
    {
        if (!AgreementId.TryParse(id, out var agreementId))
        {
            return AgreementProblems.AgreementNotFound();
        }

        try
        {
            var draft = await versions.CreateDraftAsync(agreementId, Messages.AnonymousCreator, cancellationToken);
            if (draft.IsNotFound)
            {
                return AgreementProblems.AgreementNotFound();
            }

            if (draft.Version is not { } version)
            {
                return AnswerProblems.Invalid(draft.Errors);
            }

            var view = VersionView.Of(agreementId, version);
            return TypedResults.Created(view.Document, view);
        }
        catch (AgreementRenderException exception)
        {
            return AgreementProblems.RenderFailed(exception.Message);
        }
        catch (VersionConflictException)
        {
            return AgreementProblems.VersionConflict();
        }
    }

    private static async Task<Results<Ok<IEnumerable<VersionView>>, ProblemHttpResult>> ListAsync(
        string id, VersionArchive versions, CancellationToken cancellationToken)
    {
        if (!AgreementId.TryParse(id, out var agreementId) || await versions.ListAsync(agreementId, cancellationToken) is not { } list)
        {
            return AgreementProblems.AgreementNotFound();
        }

        return TypedResults.Ok(list.Select(version => VersionView.Of(agreementId, version)));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string id, int n, VersionArchive versions, CancellationToken cancellationToken)
    {
        if (!AgreementId.TryParse(id, out var agreementId))
        {
            return AgreementProblems.AgreementNotFound();
        }

        if (await versions.ReadDocxAsync(agreementId, n, cancellationToken) is not { } found)
        {
            return AgreementProblems.VersionNotFound(n);
        }

        var (version, content) = found;
        var options = version.Kind == VersionRecord.Definitief
            ? RenderOptions.Final(version.Number, version.CreatedAt, version.CreatedBy)
            : RenderOptions.Draft(version.Number, version.CreatedAt, version.CreatedBy);
        // A version never changes, so its SHA-256 is a perfect entity tag.
        return TypedResults.File(content.ToArray(), RenderedAgreement.DocxContentType, AgreementFileName.For(version.Title, options),
            entityTag: new EntityTagHeaderValue($"\"{version.Sha256}\""));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PreviewAsync(
        string id, int n, HttpResponse response, VersionArchive versions, CancellationToken cancellationToken)
    {
        if (!AgreementId.TryParse(id, out var agreementId))
        {
            return AgreementProblems.AgreementNotFound();
        }

        if (await versions.ReadMarkdownAsync(agreementId, n, cancellationToken) is not { } found)
        {
            return AgreementProblems.VersionNotFound(n);
        }

        response.Headers.ContentSecurityPolicy = PreviewPage.ContentSecurityPolicy;
        var page = PreviewPage.Wrap(Messages.VersionPreviewTitle(found.Version.Title, found.Version.Number), AgreementPreview.ToHtml(found.Markdown));
        return TypedResults.Content(page, "text/html; charset=utf-8");
    }
}

/// <summary>A version as the API shows it: its facts and where to download and preview it.</summary>
internal sealed record VersionView(int Number, string Kind, string Sha256, string TemplateVersion, DateTimeOffset CreatedAt,
    string CreatedBy, string Title, string Document, string Preview)
{
    public static VersionView Of(AgreementId id, VersionRecord version)
    {
        var self = $"{AgreementsApi.Location(id)}/versions/{version.Number}";
        return new VersionView(version.Number, version.Kind, version.Sha256, version.TemplateVersion, version.CreatedAt,
            version.CreatedBy, version.Title, $"{self}/document", $"{self}/preview");
    }
}
