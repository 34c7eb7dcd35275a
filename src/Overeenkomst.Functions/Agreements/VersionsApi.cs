using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Access;
using Overeenkomst.Functions.Http;
using Overeenkomst.Rendering;

namespace Overeenkomst.Functions.Agreements;

/// <summary>/api/agreements/{id}/versions: render and keep numbered drafts, list them, download and preview any of them.</summary>
internal static class VersionsApi
{
    public static RouteGroupBuilder MapVersions(this RouteGroupBuilder agreements)
    {
        agreements.MapPost("/{id}/versions", CreateAsync).Opens(AgreementAction.Edit).WithName("CreateVersion")
            .WithSummary("Stelt uit de opgeslagen antwoorden een genummerd concept op en bewaart het (Word-bestand met SHA-256).");
        agreements.MapGet("/{id}/versions", ListAsync).Opens(AgreementAction.ReadForSigning).WithName("ListVersions")
            .WithSummary("De versies van de overeenkomst: nummer, soort (concept of definitief), moment, opsteller, sjabloonversie en SHA-256.");
        agreements.MapGet("/{id}/versions/{n:int}/document", DownloadAsync).Opens(AgreementAction.ReadForSigning).WithName("DownloadVersion")
            .WithSummary("Een versie als Word-bestand (.docx), precies zoals bewaard.")
            .Produces(StatusCodes.Status200OK, contentType: RenderedAgreement.DocxContentType);
        agreements.MapGet("/{id}/versions/{n:int}/preview", PreviewAsync).Opens(AgreementAction.ReadForSigning).WithName("PreviewVersion")
            .WithSummary("Een versie als HTML-pagina om in de browser te lezen; scripts lopen er niet in.")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        agreements.MapVersionCheck();
        return agreements;
    }

    private static async Task<Results<Created<VersionView>, ProblemHttpResult>> CreateAsync(
        HttpContext context, VersionArchive versions, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        if (Lifecycle.RenderDraft(open.Agreement.Value).Refusal is { } refusal)
        {
            return AgreementProblems.Refused(refusal);
        }

        var draft = await versions.CreateDraftAsync(open.Id, open.Agreement.Value, open.Actor, cancellationToken);
        if (draft.IsNumberTaken)
        {
            return AgreementProblems.VersionConflict();
        }

        if (!draft.IsMade)
        {
            return AnswerProblems.Invalid(draft.Errors);
        }

        var view = VersionView.Of(open.Id, draft.Version, open.Agreement.Value.FinalVersion);
        return TypedResults.Created(view.Document, view);
    }

    private static async Task<Results<Ok<IEnumerable<VersionView>>, ProblemHttpResult>> ListAsync(
        HttpContext context, VersionArchive versions, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        var list = await versions.ListAsync(open.Id, cancellationToken);
        return TypedResults.Ok(list.Where(version => ShownTo(open, version.Number)).Select(version => VersionView.Of(open.Id, version, open.Agreement.Value.FinalVersion)));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        int n, HttpContext context, VersionArchive versions, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        if (!ShownTo(open, n) || await versions.ReadDocxAsync(open.Id, n, cancellationToken) is not { } found)
        {
            return AgreementProblems.VersionNotFound(n);
        }

        var (version, content) = found;
        // A version never changes, so its SHA-256 is a perfect entity tag.
        return TypedResults.File(content.ToArray(), RenderedAgreement.DocxContentType, AgreementFileName.For(version.Title, version.ToRenderOptions()),
            entityTag: new EntityTagHeaderValue($"\"{version.Sha256}\""));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PreviewAsync(
        int n, HttpContext context, VersionArchive versions, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        if (!ShownTo(open, n) || await versions.ReadMarkdownAsync(open.Id, n, cancellationToken) is not { } found)
        {
            return AgreementProblems.VersionNotFound(n);
        }

        var (version, markdown) = found;
        return version.Kind == VersionRecord.Definitief
            ? PreviewPage.Result(context.Response, Messages.FinalPreviewTitle(version.Title, version.Number), markdown)
            : PreviewPage.Result(context.Response, Messages.VersionPreviewTitle(version.Title, version.Number), markdown, Messages.DraftMarking(version.Number));
    }

    // A participant reads every version; a signatory who does not take part reads the final they sign, and no draft.
    private static bool ShownTo(OpenAgreement open, int number) => open.Participant is not null || number == open.Agreement.Value.FinalVersion;
}

/// <summary>A version as the API shows it: its facts and where to download and preview it.</summary>
/// <param name="IsAgreementFinal">
/// Whether this is the version the agreement names as its final (<c>finalVersion</c>). A version of kind definitief that
/// is not, was rendered by a finalisation that did not go through (two jurists at once, or the answers changed
/// meanwhile): it stays, because no version is ever deleted, but it is not the agreement's final.
/// </param>
internal sealed record VersionView(int Number, string Kind, bool IsAgreementFinal, string Sha256, string TemplateVersion,
    DateTimeOffset CreatedAt, string CreatedBy, string Title, string Document, string Preview)
{
    public static VersionView Of(AgreementId id, VersionRecord version, int? finalVersion)
    {
        var self = $"{AgreementRoutes.Location(id.Value)}/versions/{version.Number}";
        return new VersionView(version.Number, version.Kind, version.Number == finalVersion, version.Sha256, version.TemplateVersion,
            version.CreatedAt, version.CreatedBy, version.Title, $"{self}/document", $"{self}/preview");
    }
}
