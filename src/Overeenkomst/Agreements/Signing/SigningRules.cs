using System.Globalization;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Agreements.Signing;

/// <summary>
/// Signing the final, as steps of the lifecycle: definitief → ondertekend once every signatory signed. Pure, like
/// <see cref="Lifecycle"/>: it reads the agreement and returns the next one, inside a conditional write of <c>agreement.json</c>.
/// </summary>
public static class SigningRules
{
    /// <summary>
    /// <paramref name="signer"/> signs the text with <paramref name="sha256"/>: only the final (<paramref name="final"/>), only
    /// as one of its signatories and only once. The last signature makes the agreement ondertekend.
    /// </summary>
    public static Transition Sign(AgreementDocument agreement, VersionRecord? final, Signer signer, string sha256, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(signer);
        var notNow = WhyNotSigning(agreement, final);
        if (notNow is not null || final is null)
        {
            return Transition.Refused(notNow ?? NothingToSign(agreement));
        }

        if (!string.Equals(sha256?.Trim(), final.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            return Transition.Refused(Messages.NotTheFinalText(final.Number, final.Sha256));
        }

        var mine = SignatoryList.SigningAs(agreement, signer.Email);
        if (mine.Count == 0)
        {
            return Transition.Refused(Messages.NotASignatory);
        }

        var unsigned = mine.Where(signatory => !agreement.Signatures.Any(signatory.Gave)).ToList();
        if (unsigned.Count == 0)
        {
            return Transition.Refused(Messages.AlreadySigned);
        }

        var signatures = unsigned.Select(signatory => new Signature(signatory.Party, signatory.Position, Signature.InTheProduct, final.Sha256, at)
        {
            Email = signer.Email, Name = signer.Name, IdentityProvider = signer.IdentityProvider,
        });
        return Signed(agreement, [.. agreement.Signatures, .. signatures], final.Number,
            Messages.LogSignedDetail([.. unsigned.Select(signatory => signatory.Party)], signer.Name, final.Sha256, signer.IdentityProvider));
    }

    /// <summary>
    /// A jurist records that the final was signed on paper ("ondertekend buiten de applicatie") on <paramref name="date"/>:
    /// for every signatory who has not signed yet, or only those of <paramref name="party"/>, with the SHA-256 of the scanned
    /// signed copy. Not in the future, and not before the final was made.
    /// </summary>
    public static Transition SignOnPaper(AgreementDocument agreement, VersionRecord? final, string? party, DateOnly date, string scanSha256,
        Actor recorder, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var notNow = WhyNotSigning(agreement, final);
        if (notNow is not null || final is null)
        {
            return Transition.Refused(notNow ?? NothingToSign(agreement));
        }

        var made = DateOnly.FromDateTime(final.CreatedAt.UtcDateTime);
        if (date > today || date < made)
        {
            return Transition.Refused(Messages.PaperDateOutside(date, made, today));
        }

        var unsigned = SignatoryList.StillToSign(agreement)
            .Where(signatory => party is null || Participation.SameOrganisation(signatory.Party, party))
            .ToList();
        if (unsigned.Count == 0)
        {
            return Transition.Refused(party is null ? Messages.NobodyLeftToSign : Messages.NobodyLeftToSignFor(party));
        }

        var signedAt = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var signatures = unsigned.Select(signatory => new Signature(signatory.Party, signatory.Position, Signature.OnPaper, scanSha256.ToLowerInvariant(), signedAt)
        {
            Date = date, RecordedBy = recorder.Email, RecordedByName = recorder.Name,
        });
        return Signed(agreement, [.. agreement.Signatures, .. signatures], final.Number,
            Messages.LogSignedOnPaperDetail([.. unsigned.Select(signatory => $"{signatory.Name} ({signatory.Party})")],
                date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), scanSha256.ToLowerInvariant()));
    }

    /// <summary>
    /// A party corrects the address its signatory <paramref name="position"/> signs in with, after finalising: the address is
    /// not part of the text, so the final stays as it is. Only before that signatory signed.
    /// </summary>
    public static Transition CorrectEmail(AgreementDocument agreement, string party, int position, string email)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (agreement.Status != AgreementStatus.Definitief || agreement.Signatories is not { } signatories)
        {
            return Transition.Refused(agreement.Status == AgreementStatus.Ondertekend ? Messages.EverybodySigned : Messages.NothingToSignYet);
        }

        if (signatories.FirstOrDefault(signatory => signatory.Position == position && Participation.SameOrganisation(signatory.Party, party)) is not { } found)
        {
            return Transition.Refused(Messages.NoSuchSignatory(party, position));
        }

        if (agreement.Signatures.Any(found.Gave))
        {
            return Transition.Refused(Messages.SignatoryAlreadySigned(found.Name));
        }

        if (!EmailAddress.IsValid(email) || email.Length > ParticipantsCheck.MaxLength)
        {
            return Transition.Refused(Messages.NotAnEmail);
        }

        var corrected = found with { Email = email.Trim().ToLowerInvariant() };
        return Transition.To(agreement with { Signatories = [.. signatories.Select(signatory => signatory == found ? corrected : signatory)] },
            Messages.LogSignatoryEmailCorrected, agreement.FinalVersion, Messages.LogSignatoryEmailCorrectedDetail(found.Party, found.Name));
    }

    /// <summary>Why nothing can be signed now, or null: only a definitief agreement with its final is signed.</summary>
    public static string? WhyNotSigning(AgreementDocument agreement, VersionRecord? final)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement.Status switch
        {
            AgreementStatus.Ondertekend => Messages.EverybodySigned,
            AgreementStatus.Definitief when final is not null && agreement.Signatories is not null => null,
            _ => NothingToSign(agreement),
        };
    }

    private static string NothingToSign(AgreementDocument agreement) =>
        $"{Messages.NothingToSignYet} {Messages.AllowedNow(agreement.Status, agreement.SubmittedVersion, agreement.FinalVersion)}";

    private static Transition Signed(AgreementDocument agreement, IReadOnlyList<Signature> signatures, int final, string detail)
    {
        var next = agreement with { Signatures = signatures };
        return SignatoryList.StillToSign(next).Count == 0
            ? Transition.To(next with { Status = AgreementStatus.Ondertekend }, Messages.LogSignedByEveryone, final, detail)
            : Transition.To(next, Messages.LogSigned, final, detail);
    }
}

/// <summary>Who signs, as their sign-in says: address, name claim and identity provider.</summary>
/// <param name="Email">The address they are signed in with.</param>
/// <param name="Name">The name claim.</param>
/// <param name="IdentityProvider">How they signed in (App Service's <c>auth_typ</c>, or the development sign-in).</param>
public sealed record Signer(string Email, string Name, string IdentityProvider);
