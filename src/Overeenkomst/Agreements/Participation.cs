namespace Overeenkomst.Agreements;

/// <summary>Who takes part in an agreement, as the participants list says.</summary>
public static class Participation
{
    /// <summary>The participant with <paramref name="email"/> (compared without regard to case), or null for an outsider.</summary>
    public static Participant? Of(AgreementDocument agreement, string email)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement.Participants.FirstOrDefault(participant => SameEmail(participant.Email, email));
    }

    /// <summary>True when two e-mail addresses name the same person; sign-ins differ in the case they send.</summary>
    public static bool SameEmail(string left, string right) => string.Equals(left.Trim(), right.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>True when two organisation names name the same organisation.</summary>
    public static bool SameOrganisation(string left, string right) => string.Equals(left.Trim(), right.Trim(), StringComparison.OrdinalIgnoreCase);
}
