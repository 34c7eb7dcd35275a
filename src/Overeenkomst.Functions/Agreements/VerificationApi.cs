using System.Buffers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Access;
using Overeenkomst.Functions.Identity;
using Overeenkomst.Rendering;

namespace Overeenkomst.Functions.Agreements;

/// <summary>
/// Checking what was made: a stored version against its recorded SHA-256 and a fresh render
/// (<c>POST …/versions/{n}/verify</c>), and a Word file someone holds against every version ever made (<c>POST /api/verify</c>).
/// </summary>
internal static class VerificationApi
{
    /// <summary>Far above any agreement (tens of kilobytes), far below what would keep the handler busy.</summary>
    public const int MaxDocumentBytes = 5 * 1024 * 1024;

    public static RouteGroupBuilder MapVersionCheck(this RouteGroupBuilder agreements)
    {
        agreements.MapPost("/{id}/versions/{n:int}/verify", CheckVersionAsync).WithName("VerifyVersion")
            .WithSummary("Controleert een bewaarde versie: het bestand tegen de vastgelegde SHA-256 en, als deze programmaversie haar maakte, tegen een nieuwe opmaak met haar eigen sjablonen.");
        return agreements;
    }

    public static IEndpointRouteBuilder MapDocumentCheck(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/verify", FindDocumentAsync).WithName("VerifyDocument")
            .WithSummary("Zegt bij welke overeenkomst en versie een Word-bestand hoort, aan de hand van zijn SHA-256; alleen deelnemers van die overeenkomst krijgen antwoord.")
            .Accepts<byte[]>(RenderedAgreement.DocxContentType)
            .RequireAuthorization();
        return routes;
    }

    private static async Task<Results<Ok<VersionCheckResult>, ProblemHttpResult>> CheckVersionAsync(
        string id, int n, HttpContext context, AgreementArchive archive, VersionCheck check, CancellationToken cancellationToken)
    {
        var (open, problem) = await AgreementAccess.OpenAsync(id, context, archive, AgreementAction.Read, cancellationToken);
        if (open is null)
        {
            return problem!;
        }

        return await check.CheckAsync(open.Id, n, cancellationToken) is { } result
            ? TypedResults.Ok(result)
            : AgreementProblems.VersionNotFound(n);
    }

    private static async Task<Results<Ok<FoundDocument>, ProblemHttpResult>> FindDocumentAsync(
        HttpRequest request, DocumentLookup lookup, CancellationToken cancellationToken)
    {
        var (sha256, problem) = await HashBodyAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        // One answer for "never made here" and "made for others": which of the two it is, is exactly what must not leak.
        return SignedInUser.From(request.HttpContext.User) is { } user
               && await lookup.FindAsync(sha256!, user.Email, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(Messages.UnknownDocumentDetail, statusCode: StatusCodes.Status404NotFound, title: Messages.UnknownDocumentTitle);
    }

    // The file is hashed as it arrives and never kept: only its SHA-256 is looked up.
    private static async Task<(string? Sha256, ProblemHttpResult? Problem)> HashBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxDocumentBytes)
        {
            return (null, TooLarge());
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > MaxDocumentBytes)
                {
                    return (null, TooLarge());
                }

                hash.AppendData(buffer, 0, read);
            }

            return total == 0
                ? (null, TypedResults.Problem(Messages.DocumentMissingDetail, statusCode: StatusCodes.Status400BadRequest, title: Messages.DocumentMissingTitle))
                : (Convert.ToHexStringLower(hash.GetHashAndReset()), null);
        }
        catch (BadHttpRequestException exception)
        {
            // The body ended before its announced length, nearly always because the client hung up.
            return (null, TypedResults.Problem(Messages.DocumentMissingDetail, statusCode: exception.StatusCode, title: Messages.DocumentMissingTitle));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(Messages.DocumentTooLarge(MaxDocumentBytes), statusCode: StatusCodes.Status413PayloadTooLarge,
            title: Messages.DocumentTooLargeTitle);
}
