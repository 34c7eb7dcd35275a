using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Signing;
using Overeenkomst.Functions.Access;
using Overeenkomst.Functions.Identity;
using Overeenkomst.Functions.Organisations;
using Overeenkomst.Rendering;

namespace Overeenkomst.Functions.Signing;

/// <summary>
/// /api/agreements/{id}/signatures: who signs the final and who did; each signatory signs it in the product (signed in with
/// the address their party gave, no role needed), or a jurist records a signing on paper; the signing record as Word.
/// </summary>
internal static partial class SigningApi
{
    public static RouteGroupBuilder MapSigning(this RouteGroupBuilder agreements)
    {
        agreements.MapGet("/{id}/signatures", List).Opens(AgreementAction.ReadForSigning).WithName("ListSignatures")
            .WithSummary("Alle ondertekenaars van de definitieve tekst met partij, naam, functie, e-mailadres en wanneer zij tekenden, of waarop zij nog wachten.");
        agreements.MapPost("/{id}/signatures", SignAsync).Opens(AgreementAction.ReadForSigning).WithName("SignAgreement")
            .WithSummary("Een ondertekenaar tekent de definitieve tekst, aangemeld met het e-mailadres dat de eigen partij opgaf, met de SHA-256 van die tekst.");
        agreements.MapPost("/{id}/signatures/paper", PaperAsync).Opens(AgreementAction.RecordPaperSigning).WithName("RecordPaperSigning")
            .WithSummary("Een jurist legt vast dat de overeenkomst buiten de applicatie is ondertekend, met de datum en de SHA-256 van de scan.");
        agreements.MapPut("/{id}/signatories/{party}/{position:int}", CorrectAsync).Opens(AgreementAction.FillBlock).WithName("CorrectSignatoryEmail")
            .WithSummary("Een partij corrigeert na het definitief maken het e-mailadres van een eigen ondertekenaar; de definitieve tekst blijft gelijk.");
        agreements.MapGet("/{id}/signatures/document", DocumentAsync).Opens(AgreementAction.ReadForSigning).WithName("DownloadSigningRecord")
            .WithSummary("De ondertekeningsverklaring als Word-bestand: elke handtekening met de SHA-256 waarop zij betrekking heeft.")
            .Produces(StatusCodes.Status200OK, contentType: RenderedAgreement.DocxContentType);
        return agreements;
    }

    private static Ok<IReadOnlyList<SignatoryView>> List(HttpContext context) =>
        TypedResults.Ok(SignatoryView.Of(OpenAgreement.Of(context).Agreement.Value));

    private static async Task<Results<Created<IReadOnlyList<SignatoryView>>, ProblemHttpResult, ValidationProblem>> SignAsync(
        SignBody? body, HttpContext context, FinalSigning signing, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        if (body?.Sha256 is not { } sha256 || !IsSha256(sha256))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sha256"] = [Messages.SignatureNeedsSha256] },
                title: Messages.SignatureInvalidTitle);
        }

        // A participant who is no signatory may read but not sign; before the final there are no signatories, and the
        // lifecycle says why nothing can be signed yet.
        var agreement = open.Agreement.Value;
        if (agreement.Signatories is not null && SignatoryList.SigningAs(agreement, open.Actor.Email).Count == 0)
        {
            return TypedResults.Problem(Messages.NotASignatory, statusCode: StatusCodes.Status403Forbidden, title: Messages.NotASignatoryTitle);
        }

        var signer = new Signer(open.User.Email, open.User.Name, open.User.IdentityProvider);
        var signed = await signing.SignAsync(open.Id, open.Agreement, signer, sha256, cancellationToken);
        return signed.Agreement is { } stored
            ? TypedResults.Created($"{AgreementRoutes.Location(open.Id.Value)}/signatures", SignatoryView.Of(stored.Value))
            : AgreementProblems.Unsaved(signed);
    }

    private static async Task<Results<Created<IReadOnlyList<SignatoryView>>, ProblemHttpResult, ValidationProblem>> PaperAsync(
        PaperBody? body, HttpContext context, FinalSigning signing, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!DateOnly.TryParseExact(body?.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors["date"] = [Messages.PaperNeedsDate];
        }

        if (!IsSha256(body?.Sha256))
        {
            errors["sha256"] = [Messages.PaperNeedsSha256];
        }

        if (errors.Count > 0 || body?.Sha256 is not { } sha256)
        {
            return TypedResults.ValidationProblem(errors, title: Messages.SignatureInvalidTitle);
        }

        var party = body.Party is { Length: > 0 } named ? named.Trim() : null;
        var signed = await signing.SignOnPaperAsync(open.Id, open.Agreement, open.Actor, party, date, sha256.Trim(), cancellationToken);
        return signed.Agreement is { } stored
            ? TypedResults.Created($"{AgreementRoutes.Location(open.Id.Value)}/signatures", SignatoryView.Of(stored.Value))
            : AgreementProblems.Unsaved(signed);
    }

    private static async Task<Results<Ok<IReadOnlyList<SignatoryView>>, ProblemHttpResult>> CorrectAsync(
        string party, int position, CorrectionBody? body, HttpContext context, FinalSigning signing,
        CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        if (PartyGate.Refusal(open, party) is { } refused)
        {
            return refused;
        }

        var corrected = await signing.CorrectEmailAsync(open.Id, open.Agreement, open.Actor, party, position, body?.Email?.Trim() ?? "", cancellationToken);
        return corrected.Agreement is { } stored ? TypedResults.Ok(SignatoryView.Of(stored.Value)) : AgreementProblems.Unsaved(corrected);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DocumentAsync(
        HttpContext context, FinalSigning signing, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        if (await signing.FinalAsync(open.Id, open.Agreement.Value, cancellationToken) is not { } final)
        {
            return AgreementProblems.Refused(Messages.NothingToSignYet);
        }

        var (docx, _) = SigningRecord.Write(open.Agreement.Value, final);
        return TypedResults.File(docx, RenderedAgreement.DocxContentType,
            $"{Messages.SigningRecordFileName}-versie-{final.Number.ToString(CultureInfo.InvariantCulture)}.docx");
    }

    private static bool IsSha256(string? text) => text is not null && Sha256().IsMatch(text.Trim());

    [GeneratedRegex("^[0-9a-fA-F]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256();
}

/// <summary>The body of POST …/signatures.</summary>
/// <param name="Sha256">The SHA-256 of the final being signed.</param>
internal sealed record SignBody(string? Sha256);

/// <summary>The body of POST …/signatures/paper.</summary>
/// <param name="Date">The day it was signed on paper (yyyy-MM-dd).</param>
/// <param name="Sha256">The SHA-256 of the scanned signed copy.</param>
/// <param name="Party">Only this party's signatories; all who have not signed when left out.</param>
internal sealed record PaperBody(string? Date, string? Sha256, string? Party);

/// <summary>The body of PUT …/signatories/{party}/{position}.</summary>
/// <param name="Email">The address the signatory signs in with.</param>
internal sealed record CorrectionBody(string? Email);
