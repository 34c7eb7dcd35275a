using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Overeenkomst.Agreements;

namespace Overeenkomst.Functions.Identity;

/// <summary>
/// Reads the <c>X-MS-CLIENT-PRINCIPAL</c> header that Azure App Service Authentication puts on every request it lets
/// through: base64 of a JSON object with the identity provider's claims and the claim types it uses for name and role.
/// </summary>
/// <remarks>Anything malformed — not base64, not JSON, no e-mail — yields null: the caller is then simply not signed in.</remarks>
internal static class ClientPrincipal
{
    /// <summary>The header App Service Authentication sets.</summary>
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    // A principal is a few kilobytes at most; a larger header is not one.
    private const int MaxHeaderLength = 32 * 1024;

    // Identity providers name the same facts differently: Entra ID, B2C, Google, and the WS-Federation URIs.
    private static readonly string[] EmailTypes = [ClaimTypes.Email, "email", "emails", "preferred_username", ClaimTypes.Upn, "upn"];
    // The person's display name. Entra ID points name_typ at the e-mail claim, so "name" comes first, and a value that is
    // the e-mail address again is no name: the address is used only when there is nothing else.
    private static readonly string[] NameTypes = ["name", ClaimTypes.Name, ClaimTypes.GivenName];
    private static readonly string[] RoleTypes = ["roles", ClaimTypes.Role, "role"];
    private static readonly string[] OrganisationTypes = [SignedInUser.OrganisationClaim, "extension_organisatie", "companyName", "organization"];

    /// <summary>What a signature records as the identity provider when the principal names none.</summary>
    public const string UnknownProvider = "App Service-aanmelding";

    /// <summary>The user the header describes, or null when it is missing or malformed.</summary>
    public static SignedInUser? Read(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > MaxHeaderLength)
        {
            return null;
        }

        var bytes = new byte[header.Length];
        if (!Convert.TryFromBase64String(header.Trim(), bytes, out var length))
        {
            return null;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(bytes.AsSpan(0, length), ClientPrincipalJson.Default.Payload);
        }
        catch (JsonException)
        {
            return null;
        }

        return payload?.Claims is { } claims ? UserFrom(payload, claims) : null;
    }

    private static SignedInUser? UserFrom(Payload payload, IReadOnlyList<PayloadClaim?> claims)
    {
        var usable = claims.OfType<PayloadClaim>().Where(claim => claim.Type is not null && claim.Value is not null).ToList();
        string? First(IEnumerable<string?> types, Func<string, bool>? accept = null) => types
            .Where(type => type is not null)
            .Select(type => usable.FirstOrDefault(claim => claim.Type == type)?.Value)
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value) && accept?.Invoke(value) != false);

        // An address longer than any participant may have is no address we can write into an agreement (or its metadata).
        var email = First(EmailTypes)?.Trim().ToLowerInvariant();
        if (email is null || !email.Contains('@', StringComparison.Ordinal) || email.Length > ParticipantsCheck.MaxLength)
        {
            return null;
        }

        var roleTypes = RoleTypes.Prepend(payload.RoleType).Where(type => type is not null).ToHashSet(StringComparer.Ordinal);
        var roles = usable.Where(claim => roleTypes.Contains(claim.Type)).Select(claim => claim.Value).OfType<string>()
            .Select(value => value.Trim().ToLowerInvariant())
            .Where(ParticipantRoles.IsKnown).Distinct().ToList();
        var name = First(NameTypes.Take(1).Append(payload.NameType).Concat(NameTypes.Skip(1)), value => !Participation.SameEmail(value, email)) ?? email;
        var organisation = First(OrganisationTypes) ?? email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..];
        // auth_typ names the provider the person signed in with ("aad" for Entra ID); a signature records it.
        return new SignedInUser(email, name.Trim(), organisation.Trim(), roles)
        {
            IdentityProvider = payload.AuthenticationType is { Length: > 0 and <= 40 } provider ? provider.Trim() : UnknownProvider,
        };
    }

    internal sealed record Payload(
        [property: JsonPropertyName("auth_typ")] string? AuthenticationType,
        [property: JsonPropertyName("claims")] IReadOnlyList<PayloadClaim?>? Claims,
        [property: JsonPropertyName("name_typ")] string? NameType,
        [property: JsonPropertyName("role_typ")] string? RoleType);

    internal sealed record PayloadClaim(
        [property: JsonPropertyName("typ")] string? Type,
        [property: JsonPropertyName("val")] string? Value);
}

[JsonSerializable(typeof(ClientPrincipal.Payload))]
internal sealed partial class ClientPrincipalJson : JsonSerializerContext;
