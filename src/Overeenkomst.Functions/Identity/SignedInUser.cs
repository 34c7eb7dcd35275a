using System.Security.Claims;
using Overeenkomst.Agreements;

namespace Overeenkomst.Functions.Identity;

/// <summary>The person behind a request: who they are, which organisation they speak for, which roles they have.</summary>
/// <param name="Email">Their e-mail address in lower case: what participants lists name them by.</param>
/// <param name="Name">Their name, for logs and pages.</param>
/// <param name="Organisation">Their organisation.</param>
/// <param name="Roles">Their roles (<see cref="ParticipantRoles"/>).</param>
public sealed record SignedInUser(string Email, string Name, string Organisation, IReadOnlyList<string> Roles)
{
    /// <summary>Our own claim type for the organisation; both sign-in schemes produce it.</summary>
    public const string OrganisationClaim = "organisatie";

    /// <summary>Our own claim type for how the user signed in: the identity provider (App Service's <c>auth_typ</c>, such as <c>aad</c>).</summary>
    public const string IdentityProviderClaim = "aanmelding";

    /// <summary>How the user signed in: the identity provider, or <see cref="DevelopmentProvider"/> for the development sign-in.</summary>
    public string IdentityProvider { get; init; } = DevelopmentProvider;

    /// <summary>The identity provider of the development sign-in.</summary>
    public const string DevelopmentProvider = "ontwikkelaanmelding";

    /// <summary>True when the user has <paramref name="role"/>.</summary>
    public bool Has(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>The claims both sign-in schemes give a principal, so the rest of the handler reads one shape.</summary>
    public IEnumerable<Claim> ToClaims()
    {
        yield return new Claim(ClaimTypes.Email, Email);
        yield return new Claim(ClaimTypes.Name, Name);
        yield return new Claim(OrganisationClaim, Organisation);
        yield return new Claim(IdentityProviderClaim, IdentityProvider);
        foreach (var role in Roles)
        {
            yield return new Claim(ClaimTypes.Role, role);
        }
    }

    /// <summary>The user a principal made by <see cref="ToClaims"/> stands for, or null for an anonymous one.</summary>
    public static SignedInUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.Email) is not { Length: > 0 } email)
        {
            return null;
        }

        return new SignedInUser(
            email,
            principal.FindFirstValue(ClaimTypes.Name) ?? email,
            principal.FindFirstValue(OrganisationClaim) ?? string.Empty,
            [.. principal.FindAll(ClaimTypes.Role).Select(claim => claim.Value).Where(ParticipantRoles.IsKnown).Distinct()])
        {
            IdentityProvider = principal.FindFirstValue(IdentityProviderClaim) ?? DevelopmentProvider,
        };
    }
}
