using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Identity;

namespace Overeenkomst.Functions.Agreements;

/// <summary>
/// Opens an agreement for the signed-in user: 404 unless they take part in it (never revealing that it exists), 403 when
/// they take part but their role in it does not allow the step, or their sign-in does not carry the role they are listed with.
/// </summary>
internal static class AgreementAccess
{
    public static async Task<(OpenAgreement? Open, ProblemHttpResult? Problem)> OpenAsync(string id, HttpContext context,
        AgreementArchive archive, AgreementAction action, CancellationToken cancellationToken)
    {
        if (!AgreementId.TryParse(id, out var agreementId) || SignedInUser.From(context.User) is not { } user
            || await archive.ReadAsync(agreementId, cancellationToken) is not { } agreement
            || Participation.Of(agreement.Value, user.Email) is not { } participant)
        {
            return (null, AgreementProblems.AgreementNotFound());
        }

        if (Permissions.WhyNot(action, agreement.Value, participant, user.Roles) is { } forbidden)
        {
            return (null, AgreementProblems.Forbidden(forbidden));
        }

        return (new OpenAgreement(agreementId, agreement, participant, new Actor(user.Email, user.Name)), null);
    }
}

/// <summary>An agreement the caller may act on: as read, with their place in it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Agreement">It, with the ETag it had when read.</param>
/// <param name="Participant">The caller's entry in its participants list.</param>
/// <param name="Actor">The caller, for the log.</param>
internal sealed record OpenAgreement(AgreementId Id, Stored<AgreementDocument> Agreement, Participant Participant, Actor Actor);
