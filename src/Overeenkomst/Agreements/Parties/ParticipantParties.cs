namespace Overeenkomst.Agreements.Parties;

/// <summary>
/// Checks a participants list against the parties the answers name: each participant's organisation is one party's short
/// name, and their e-mail address lies within that party's domains. Per entry a Dutch message, keyed as the API shows the field.
/// </summary>
/// <remarks>Before the answers name any party there is nothing to check against; submitting checks again, against the submitted version.</remarks>
public static class ParticipantParties
{
    /// <summary>The problems of <paramref name="participants"/> against <paramref name="parties"/>; empty when there are none or no parties yet.</summary>
    public static IReadOnlyDictionary<string, string[]> Check(IReadOnlyList<Participant> participants, IReadOnlyList<Party> parties)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(parties);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (parties.Count == 0)
        {
            return errors;
        }

        for (var index = 0; index < participants.Count; index++)
        {
            var participant = participants[index];
            if (AgreementParties.Named(parties, participant.Organisation) is not { } party)
            {
                errors[$"participants[{index}].organisation"] = [Messages.ParticipantNotAParty(index + 1, [.. parties.Select(found => found.ShortName)])];
            }
            else if (!party.Admits(participant.Email))
            {
                errors[$"participants[{index}].email"] = [Messages.ParticipantOutsideDomains(index + 1, party.ShortName, party.EmailDomains)];
            }
        }

        return errors;
    }
}
