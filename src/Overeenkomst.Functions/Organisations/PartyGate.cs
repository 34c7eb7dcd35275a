using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Organisations;
using Overeenkomst.Agreements.Parties;
using Overeenkomst.Functions.Access;

namespace Overeenkomst.Functions.Organisations;

/// <summary>
/// Whether a participant may act for <c>party</c>'s own data (its block, its signatories' addresses): only a participant of
/// that very party, with an address in its e-mail domains — so nobody names the signer of another organisation.
/// </summary>
internal static class PartyGate
{
    /// <summary>404 for a party the answers do not name, 403 for someone of another party (or outside its domains); null when they may.</summary>
    public static ProblemHttpResult? Refusal(OpenAgreement open, string party)
    {
        ArgumentNullException.ThrowIfNull(open);
        var agreement = open.Agreement.Value;
        if (OrganisationBlock.IndexOf(agreement.Answers, party) < 0)
        {
            return TypedResults.Problem(Messages.NoSuchParty(party), statusCode: StatusCodes.Status404NotFound, title: Messages.NoSuchPartyTitle);
        }

        var member = open.Member;
        if (!Participation.SameOrganisation(member.Organisation, party))
        {
            return AgreementProblems.Forbidden(Messages.NotYourBlock(party, member.Organisation));
        }

        return AgreementParties.WhyNotFor(member, AgreementParties.Of(agreement.Answers)) is { } outside ? AgreementProblems.Forbidden(outside) : null;
    }
}
