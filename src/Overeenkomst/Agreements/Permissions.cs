namespace Overeenkomst.Agreements;

/// <summary>Which participant role may do what within an agreement; reading is open to every participant.</summary>
public static class Permissions
{
    /// <summary>The role <paramref name="action"/> needs, or null when any participant may.</summary>
    public static string? RoleFor(AgreementAction action) => action switch
    {
        AgreementAction.Read => null,
        AgreementAction.Edit => ParticipantRoles.Opleiding,
        AgreementAction.Review => ParticipantRoles.Zorg,
        AgreementAction.Finalise => ParticipantRoles.Juridisch,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}

/// <summary>What a participant asks to do with an agreement, as far as roles are concerned.</summary>
public enum AgreementAction
{
    /// <summary>Read the agreement, its versions, reviews and log.</summary>
    Read,

    /// <summary>Edit answers and participants, render versions, submit for review.</summary>
    Edit,

    /// <summary>Comment, request changes, approve.</summary>
    Review,

    /// <summary>Finalise.</summary>
    Finalise,
}
