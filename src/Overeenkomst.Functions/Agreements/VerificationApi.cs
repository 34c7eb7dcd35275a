using System.Buffers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Access;
using Overeenkomst.Functions.Http;
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
        agreements.MapPost("/{id}/versions/{n:int}/verify", CheckVersionAsync).Opens(AgreementAction.Read).WithName("VerifyVersion")
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
        int n, HttpContext context, VersionCheck check, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        return await check.CheckAsync(open.Id, n, cancellationToken) is { } result
            ? TypedResults.Ok(result)
            : AgreementProblems.VersionNotFound(n);
    }

    private static async Task<Results<Ok<FoundDocument>, ProblemHttpResult>> FindDocumentAsync(
        HttpRequest request, DocumentLookup lookup, CancellationToken cancellationToken)
    {
        var sha256 = await HashBodyAsync(request, cancellationToken);
        if (!sha256.Succeeded)
        {
            return sha256.Problem;
        }

        // One answer for "never made here" and "made for others": which of the two it is, is exactly what must not leak.
        return SignedInUser.From(request.HttpContext.User) is { } user
               && await lookup.FindAsync(sha256.Value, user.Email, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem(Messages.UnknownDocumentDetail, statusCode: StatusCodes.Status404NotFound, title: Messages.UnknownDocumentTitle);
    }

    // The file is hashed as it arrives and never kept: only its SHA-256 is looked up.
    private static async Task<OrProblem<string>> HashBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxDocumentBytes)
        {
            return TooLarge();
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
                    return TooLarge();
                }

                hash.AppendData(buffer, 0, read);
            }

            if (total == 0)
            {
                return TypedResults.Problem(Messages.DocumentMissingDetail, statusCode: StatusCodes.Status400BadRequest, title: Messages.DocumentMissingTitle);
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (BadHttpRequestException exception)
        {
            // The body ended before its announced length, nearly always because the client hung up.
            return TypedResults.Problem(Messages.DocumentMissingDetail, statusCode: exception.StatusCode, title: Messages.DocumentMissingTitle);
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
