using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Signing;
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
    public static async Task<(OpenAgreement? Open, ProblemHttpResult? Problem)> OpenAsync(string id, HttpContext context,
        AgreementArchive archive, AgreementAction action, CancellationToken cancellationToken)
    {
        if (!AgreementId.TryParse(id, out var agreementId) || SignedInUser.From(context.User) is not { } user
            || await archive.ReadAsync(agreementId, cancellationToken) is not { } agreement)
        {
            return (null, AgreementProblems.AgreementNotFound());
        }

        var actor = new Actor(user.Email, user.Name);
        if (Participation.Of(agreement.Value, user.Email) is not { } participant)
        {
            return action == AgreementAction.ReadForSigning && SignatoryList.SigningAs(agreement.Value, user.Email).Count > 0
                ? (new OpenAgreement(agreementId, agreement, null, actor), null)
                : (null, AgreementProblems.AgreementNotFound());
        }

        if (Permissions.WhyNot(action, agreement.Value, participant, user.Roles) is { } forbidden)
        {
            return (null, AgreementProblems.Forbidden(forbidden));
        }

        return (new OpenAgreement(agreementId, agreement, participant, actor), null);
    }
}

/// <summary>An agreement the caller may act on: as read, with their place in it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Agreement">It, with the ETag it had when read.</param>
/// <param name="Participant">The caller's entry in its participants list; null for a signatory who does not take part.</param>
/// <param name="Actor">The caller, for the log.</param>
internal sealed record OpenAgreement(AgreementId Id, Stored<AgreementDocument> Agreement, Participant? Participant, Actor Actor)
{
    /// <summary>The caller as a participant: every step but <see cref="AgreementAction.ReadForSigning"/> is opened only for participants.</summary>
    public Participant Member => Participant ?? throw new InvalidOperationException("Only participants act in a role.");
}
