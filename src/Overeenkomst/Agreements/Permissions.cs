namespace Overeenkomst.Agreements;

/// <summary>
/// Which participant may do what within an agreement. A participant acts in their listed role only while their sign-in
/// carries that role as well: the participants list says who takes part, the organisation's sign-in says what they may
/// be, and removing an app role takes effect with the next request. Reading is open to every participant.
/// </summary>
public static class Permissions
{
    /// <summary>Why <paramref name="participant"/> (signed in with <paramref name="signInRoles"/>) may not take <paramref name="action"/>, in Dutch; null when they may.</summary>
    public static string? WhyNot(AgreementAction action, AgreementDocument agreement, Participant participant, IReadOnlyCollection<string> signInRoles)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(signInRoles);
        if (action is AgreementAction.Read or AgreementAction.ReadForSigning)
        {
            return null;
        }

        if (!Allows(action, agreement, participant))
        {
            return Messages.RoleForbiddenDetail(participant.Role, Needed(action));
        }

        return signInRoles.Contains(participant.Role, StringComparer.Ordinal)
            ? null
            : Messages.SignInLacksRole(participant.Role, [.. signInRoles]);
    }

    private static bool Allows(AgreementAction action, AgreementDocument agreement, Participant participant) => action switch
    {
        AgreementAction.Edit => participant.Role == ParticipantRoles.Opleiding,
        AgreementAction.EditClauses => participant.Role == ParticipantRoles.Juridisch
            || (participant.Role == ParticipantRoles.Opleiding && Participation.SameEmail(participant.Email, agreement.CreatedBy)),
        // Every party approves, whatever the role of the person it sends (DESIGN.md, "Lifecycle"): schools too.
        AgreementAction.Review => ParticipantRoles.IsKnown(participant.Role),
        AgreementAction.Finalise or AgreementAction.RecordPaperSigning => participant.Role == ParticipantRoles.Juridisch,
        // A party fills in its own block through any of its participants, whatever their role (issue 17, item 4).
        AgreementAction.FillBlock => ParticipantRoles.IsKnown(participant.Role),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    private static string Needed(AgreementAction action) => action switch
    {
        AgreementAction.Edit => ParticipantRoles.Opleiding,
        AgreementAction.EditClauses => Messages.OwnerOrJuridisch,
        AgreementAction.Finalise or AgreementAction.RecordPaperSigning => ParticipantRoles.Juridisch,
        _ => string.Join(", ", ParticipantRoles.All),
    };
}

/// <summary>What a participant asks to do with an agreement, as far as roles are concerned.</summary>
public enum AgreementAction
{
    /// <summary>Read the agreement, its versions, reviews and log.</summary>
    Read,

    /// <summary>Edit answers and participants, render versions, submit for review.</summary>
    Edit,

    /// <summary>Replace the text of an article or member: the owner and legal staff.</summary>
    EditClauses,

    /// <summary>Comment, request changes, approve for one's party.</summary>
    Review,

    /// <summary>Finalise.</summary>
    Finalise,

    /// <summary>
    /// Read what a signatory needs to sign: the agreement, its final, its signatures and its calendar. Every participant may,
    /// and so may a signatory of the final who does not take part; no role is needed.
    /// </summary>
    ReadForSigning,

    /// <summary>Record that the final was signed on paper: legal staff.</summary>
    RecordPaperSigning,

    /// <summary>Fill in and confirm one's own party's block: any participant of that party.</summary>
    FillBlock,
}
