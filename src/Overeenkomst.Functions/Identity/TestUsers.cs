using Overeenkomst.Agreements;

namespace Overeenkomst.Functions.Identity;

/// <summary>The people the development sign-in offers with one click: one for each role, from the example agreements.</summary>
internal static class TestUsers
{
    public static IReadOnlyList<SignedInUser> All { get; } =
    [
        new("j.bakker@albeda.example", "Jeroen Bakker", "Albeda", [ParticipantRoles.Opleiding]),
        new("f.elamrani@laurens.example", "Fatima el Amrani", "Laurens", [ParticipantRoles.Zorg]),
        new("s.dekker@laurens.example", "mr. Sanne Dekker", "Laurens", [ParticipantRoles.Juridisch]),
        new("m.jansen@erasmusmc.example", "Marieke Jansen", "Erasmus MC", [ParticipantRoles.Zorg]),
    ];
}
