using System.Security.Cryptography;
using System.Text;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Docx;
using Overeenkomst.Rendering.Markdown;

namespace Overeenkomst.Agreements.Signing;

/// <summary>
/// The signing record ("ondertekeningsverklaring"): every signatory of the final with their signature and the SHA-256 it
/// applies to, written as Markdown and then as Word by our own writer. Deterministic: the same signatures give the same
/// bytes (the file's date is the last signature's moment, or the final's).
/// </summary>
public static class SigningRecord
{
    private static readonly DocxWriter Writer = new(AgreementMarkdown.Pipeline);

    /// <summary>The record of <paramref name="agreement"/>'s signatures on <paramref name="final"/>, as Markdown.</summary>
    public static string Markdown(AgreementDocument agreement, VersionRecord final)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(final);
        var text = new StringBuilder();
        text.Append("# ").Append(Messages.SigningRecordTitle).Append("\n\n");
        text.Append("**").Append(MarkdownText.Escape(final.Title)).Append("**\n\n");
        text.Append(Messages.SigningRecordIntroduction(final.Number, DutchFormat.Moment(final.CreatedAt))).Append("\n\n");
        text.Append('`').Append(final.Sha256).Append("`\n\n");
        text.Append(agreement.Status == AgreementStatus.Ondertekend ? Messages.SigningRecordComplete : Messages.SigningRecordIncomplete).Append("\n\n");
        text.Append("## ").Append(Messages.SigningRecordSignatures).Append("\n\n");
        foreach (var signatory in agreement.Signatories ?? [])
        {
            text.Append("### ").Append(MarkdownText.Escape(Messages.SigningRecordSignatory(signatory.Party, signatory.Name, signatory.Function))).Append("\n\n");
            foreach (var line in Lines(signatory, agreement.Signatures.FirstOrDefault(signatory.Gave)))
            {
                text.Append("- ").Append(line).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The record as a Word file, with its SHA-256.</summary>
    public static (byte[] Docx, string Sha256) Write(AgreementDocument agreement, VersionRecord final)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(final);
        var last = agreement.Signatures.Count == 0 ? final.CreatedAt : agreement.Signatures.Max(signature => signature.SignedAt);
        var info = new DocumentInfo($"{Messages.SigningRecordTitle} — {final.Title}", final.CreatedBy, Later(last, final.CreatedAt), null, final.Number,
            Messages.SigningRecordDescription(final.Number, final.Sha256));
        var bytes = Writer.Write(AgreementMarkdown.Parse(Markdown(agreement, final)), info);
        return (bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    private static DateTimeOffset Later(DateTimeOffset one, DateTimeOffset other) => one > other ? one : other;

    private static IEnumerable<string> Lines(Signatory signatory, Signature? signature)
    {
        if (signature is null)
        {
            yield return signatory.Email is null ? Messages.SigningRecordWaitingForBlock : Messages.SigningRecordNotYetSigned;
            yield break;
        }

        if (signature.Method == Signature.InTheProduct)
        {
            yield return Messages.SigningRecordInTheProduct(DutchFormat.Moment(signature.SignedAt));
            yield return MarkdownText.Escape(Messages.SigningRecordSignedInAs(signature.Name ?? "", signature.Email ?? "", signature.IdentityProvider ?? ""));
            yield return $"{Messages.SigningRecordAppliesTo} `{signature.Sha256}`";
        }
        else
        {
            yield return Messages.SigningRecordOnPaper(DutchFormat.Date(signature.Date ?? DateOnly.FromDateTime(signature.SignedAt.UtcDateTime)));
            yield return MarkdownText.Escape(Messages.SigningRecordRecordedBy(signature.RecordedByName ?? "", signature.RecordedBy ?? ""));
            yield return $"{Messages.SigningRecordScanAppliesTo} `{signature.Sha256}`";
        }
    }
}
