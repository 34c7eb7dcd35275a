namespace Overeenkomst.Functions.Identity;

/// <summary>The people the development sign-in offers with one click: one for each role, from the example agreements.</summary>
internal static class TestUsers
{
    public static IReadOnlyList<SignedInUser> All { get; } =
    [
        new("j.bakker@albeda.example", "Jeroen Bakker", "Albeda", [Roles.Opleiding]),
        new("f.elamrani@laurens.example", "Fatima el Amrani", "Laurens", [Roles.Zorg]),
        new("s.dekker@laurens.example", "mr. Sanne Dekker", "Laurens", [Roles.Juridisch]),
        new("m.jansen@erasmusmc.example", "Marieke Jansen", "Erasmus MC", [Roles.Zorg]),
    ];
}
