namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>Someone who signs in with the development sign-in, in the browser or through the API.</summary>
public sealed record TestUser(string Name, string Email, string Organisation, string Role)
{
    public static TestUser Opleiding { get; } = new("Jeroen Bakker", "j.bakker@albeda.example", "Albeda", "opleiding");

    public static TestUser Zorg { get; } = new("Fatima el Amrani", "f.elamrani@laurens.example", "Laurens", "zorg");

    public static TestUser Jurist { get; } = new("mr. Sanne Dekker", "s.dekker@laurens.example", "Laurens", "juridisch");

    /// <summary>A user of its own, so tests never see each other's agreements once access is per participant.</summary>
    public static TestUser NewOpleiding() =>
        new("Jeroen Bakker", $"opleiding-{Guid.NewGuid():N}@albeda.example", "Albeda", "opleiding");

    public Dictionary<string, string> Form(string returnUrl = "/") => new()
    {
        ["naam"] = Name, ["email"] = Email, ["organisatie"] = Organisation, ["rol"] = Role, ["terug"] = returnUrl,
    };
}
