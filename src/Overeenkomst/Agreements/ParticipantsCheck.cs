using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Agreements;

/// <summary>Checks a participants list before it is stored: per entry a Dutch message, keyed as the API shows the field.</summary>
public static class ParticipantsCheck
{
    /// <summary>Longer than any real e-mail address or organisation name.</summary>
    public const int MaxLength = 200;

    /// <summary>More people than any agreement has; keeps the list (and its blob metadata) small.</summary>
    public const int MaxParticipants = 50;

    /// <summary>The list as it will be stored (e-mails in lower case, text trimmed) and the problems found; stored only when there are none.</summary>
    public static (IReadOnlyList<Participant> Participants, IReadOnlyDictionary<string, string[]> Errors) Check(
        IReadOnlyList<Participant?> participants, string owner)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (participants.Count > MaxParticipants)
        {
            errors["participants"] = [Messages.TooManyParticipants(MaxParticipants)];
        }

        var cleaned = new List<Participant>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < participants.Count; index++)
        {
            var number = index + 1;
            var email = participants[index]?.Email?.Trim().ToLowerInvariant() ?? "";
            var organisation = participants[index]?.Organisation?.Trim() ?? "";
            var role = participants[index]?.Role?.Trim() ?? "";
            void Add(string field, string message) => errors[$"participants[{index}].{field}"] = [message];

            if (!IsEmail(email))
            {
                Add("email", Messages.ParticipantEmailInvalid(number));
            }
            else if (seen.TryGetValue(email, out var first))
            {
                Add("email", Messages.ParticipantDuplicate(number, first));
            }
            else
            {
                seen[email] = number;
            }

            if (organisation.Length is 0 or > MaxLength)
            {
                Add("organisation", Messages.ParticipantOrganisationMissing(number));
            }

            if (!ParticipantRoles.IsKnown(role))
            {
                Add("role", Messages.ParticipantRoleUnknown(number));
            }
            else if (Participation.SameEmail(email, owner) && role != ParticipantRoles.Opleiding)
            {
                // The owner keeps the role that lets them edit; otherwise nobody might be left who can.
                Add("role", Messages.ParticipantOwnerRole(number));
            }

            cleaned.Add(new Participant(email, organisation, role));
        }

        if (!seen.ContainsKey(owner.Trim().ToLowerInvariant()))
        {
            errors["participants"] = [.. errors.GetValueOrDefault("participants", []), Messages.ParticipantOwnerRemoved(owner)];
        }

        return (cleaned, errors);
    }

    private static bool IsEmail(string email) => email.Length <= MaxLength && EmailAddress.IsValid(email);
}
