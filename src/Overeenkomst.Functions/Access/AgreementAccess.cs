using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Signing;
using Overeenkomst.Functions.Http;
using Overeenkomst.Functions.Identity;

namespace Overeenkomst.Functions.Access;

/// <summary>
/// Opens an agreement for the signed-in user: 404 unless they take part in it (never revealing that it exists), 403 when
/// they take part but their role in it does not allow the step, or their sign-in does not carry the role they are listed with.
/// </summary>
/// <remarks>
/// One exception to "take part": a signatory of the final (<see cref="AgreementDocument.Signatories"/>, an address their
/// party confirmed) reaches what <see cref="AgreementAction.ReadForSigning"/> allows — the agreement, its final, its
/// signatures and its calendar — and nothing else; to everyone else such an agreement stays a 404.
/// </remarks>
internal static class AgreementAccess
{
    public static async Task<OrProblem<OpenAgreement>> OpenAsync(string id, HttpContext context,
        AgreementArchive archive, AgreementAction action, CancellationToken cancellationToken)
    {
        if (!AgreementId.TryParse(id, out var agreementId) || SignedInUser.From(context.User) is not { } user
            || await archive.ReadAsync(agreementId, cancellationToken) is not { } agreement)
        {
            return AgreementProblems.AgreementNotFound();
        }

        if (Participation.Of(agreement.Value, user.Email) is not { } participant)
        {
            return action == AgreementAction.ReadForSigning && SignatoryList.SigningAs(agreement.Value, user.Email).Count > 0
                ? new OpenAgreement(agreementId, agreement, null, user)
                : AgreementProblems.AgreementNotFound();
        }

        if (Permissions.WhyNot(action, agreement.Value, participant, user.Roles) is { } forbidden)
        {
            return AgreementProblems.Forbidden(forbidden);
        }

        return new OpenAgreement(agreementId, agreement, participant, user);
    }
}
