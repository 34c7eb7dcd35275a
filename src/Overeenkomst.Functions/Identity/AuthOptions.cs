namespace Overeenkomst.Functions.Identity;

/// <summary>How the handler learns who is calling: <c>Auth:Mode</c>.</summary>
public sealed record AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Auth";

    /// <summary><see cref="AuthMode.EasyAuth"/> in Azure; <see cref="AuthMode.Development"/> only on a developer's machine. Unset: by environment.</summary>
    public AuthMode? Mode { get; init; }
}

/// <summary>Where the signed-in user comes from.</summary>
public enum AuthMode
{
    /// <summary>Azure App Service Authentication, through the <c>X-MS-CLIENT-PRINCIPAL</c> header it sets.</summary>
    EasyAuth,

    /// <summary>A sign-in page where a developer picks a test user; refused outside the Development environment.</summary>
    Development,
}
