using System.Text;
using System.Text.Json;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>
/// Someone the tests sign in as — the one test person of the HTTP and browser tests: through the header App Service
/// Authentication sets (built here, not by the handler's own code) or the development sign-in's form (<see cref="AgreementsHost.SignInAsync"/>).
/// </summary>
/// <param name="Email">Their e-mail.</param>
/// <param name="Name">Their name.</param>
/// <param name="Organisation">Their organisation.</param>
/// <param name="Role">Their app role: opleiding, zorg or juridisch.</param>
public sealed record TestPerson(string Email, string Name, string Organisation, string Role)
{
    /// <summary>The header App Service Authentication sets.</summary>
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>An education manager at Albeda: creates the agreements of most tests.</summary>
    public static TestPerson Opleider { get; } = new("j.bakker@albeda.example", "Jeroen Bakker", "Albeda", "opleiding");

    /// <summary>A reviewer at Laurens.</summary>
    public static TestPerson LaurensZorg { get; } = new("f.elamrani@laurens.example", "Fatima el Amrani", "Laurens", "zorg");

    /// <summary>A second reviewer at Laurens: the same organisation, so one approval between them.</summary>
    public static TestPerson LaurensZorg2 { get; } = new("p.visser@laurens.example", "Pieter Visser", "Laurens", "zorg");

    /// <summary>A reviewer at Erasmus MC: a second care organisation.</summary>
    public static TestPerson ErasmusZorg { get; } = new("m.jansen@erasmusmc.example", "Marieke Jansen", "Erasmus MC", "zorg");

    /// <summary>Legal staff at Laurens.</summary>
    public static TestPerson Jurist { get; } = new("s.dekker@laurens.example", "mr. Sanne Dekker", "Laurens", "juridisch");

    /// <summary>An education manager of their own (a fresh e-mail), so tests that share a store never see each other's agreements.</summary>
    public static TestPerson NewOpleider() => Opleider with { Email = $"opleiding-{Guid.NewGuid():N}@albeda.example" };

    /// <summary>This person signed in with other app roles (none, or another) than the participants list gives them.</summary>
    public TestPerson SignedInAs(params string[] roles) => this with { SignInRoles = roles };

    /// <summary>The app roles their sign-in carries; by default the one they take part with.</summary>
    public IReadOnlyList<string>? SignInRoles { get; init; }

    /// <summary>This person as an entry of a participants list.</summary>
    public object AsParticipant() => new { email = Email, organisation = Organisation, role = Role };

    /// <summary>The development sign-in's form for this person (POST /aanmelden), coming back to <paramref name="returnUrl"/>.</summary>
    public Dictionary<string, string> Form(string returnUrl = "/") => new()
    {
        ["naam"] = Name, ["email"] = Email, ["organisatie"] = Organisation, ["rol"] = Role, ["terug"] = returnUrl,
    };

    /// <summary>The base64 JSON principal App Service Authentication would send for this person.</summary>
    public string Principal() => Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        auth_typ = "aad",
        claims = new[]
        {
            new { typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", val = Email },
            new { typ = "name", val = Name },
            new { typ = "organisatie", val = Organisation },
        }.Concat((SignInRoles ?? [Role]).Select(role => new { typ = "roles", val = role })).ToArray(),
        name_typ = "name",
        role_typ = "roles",
    })));
}
