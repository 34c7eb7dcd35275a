using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Signing;

namespace Overeenkomst.Functions.Signing;

/// <summary>A signatory as <c>GET …/signatures</c> shows them: who, for which party, and their signature or what it waits for.</summary>
/// <param name="Party">The party, by its short name.</param>
/// <param name="Position">1 for the first signatory, 2 for the second.</param>
/// <param name="Name">Their name, as in the final.</param>
/// <param name="Function">Their function, as in the final.</param>
/// <param name="Email">The address they sign in with; null until their party confirmed it.</param>
/// <param name="SignedAt">When they signed; null while they have not.</param>
/// <param name="Method">in_de_applicatie or buiten_de_applicatie, once signed.</param>
/// <param name="Sha256">What the signature applies to: the final's SHA-256, or the scan's for a paper signing.</param>
/// <param name="SignedBy">In the product: the signer's name as their sign-in gave it.</param>
/// <param name="IdentityProvider">In the product: how they signed in.</param>
/// <param name="Waiting">Why they cannot sign yet, in Dutch; null when they can or did.</param>
internal sealed record SignatoryView(string Party, int Position, string Name, string Function, string? Email, DateTimeOffset? SignedAt,
    string? Method, string? Sha256, string? SignedBy, string? IdentityProvider, string? Waiting)
{
    /// <summary>Every signatory of <paramref name="agreement"/>: those fixed at finalising, or before that those the answers name.</summary>
    public static IReadOnlyList<SignatoryView> Of(AgreementDocument agreement)
    {
        var final = agreement.Signatories is not null;
        var signatories = agreement.Signatories ?? SignatoryList.Of(agreement.Answers, agreement.BlockConfirmations);
        return [.. signatories.Select(signatory =>
        {
            var signature = agreement.Signatures.FirstOrDefault(signatory.Gave);
            var waiting = signature is not null ? null
                : !final ? Messages.SignatoryWaitsForFinal
                : signatory.Email is null ? Messages.SignatoryWaitsForBlock(signatory.Party)
                : null;
            return new SignatoryView(signatory.Party, signatory.Position, signatory.Name, signatory.Function, signatory.Email, signature?.SignedAt,
                signature?.Method, signature?.Sha256, signature?.Name ?? signature?.RecordedByName, signature?.IdentityProvider, waiting);
        })];
    }
}
