using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Overeenkomst.Functions.Identity;

/// <summary>Signs a request in from App Service Authentication's principal header; registered only in <see cref="AuthMode.EasyAuth"/>.</summary>
/// <remarks>
/// App Service removes any <c>X-MS-CLIENT-PRINCIPAL</c> a client sends and sets its own, so in Azure the header can be
/// trusted. Nowhere else can it: that is why this scheme exists only in EasyAuth mode.
/// </remarks>
internal sealed partial class EasyAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "EasyAuth";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ClientPrincipal.Header, out var header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (ClientPrincipal.Read(header.ToString()) is not { } user)
        {
            LogMalformedPrincipal(Logger, ClientPrincipal.Header);
            return Task.FromResult(AuthenticateResult.Fail("Malformed client principal."));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(user.ToClaims(), SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A malformed {Header} header was refused.")]
    private static partial void LogMalformedPrincipal(ILogger logger, string header);
}
