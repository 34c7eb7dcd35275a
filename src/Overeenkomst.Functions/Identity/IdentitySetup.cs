using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Overeenkomst.Functions.Identity;

/// <summary>Wires sign-in for the mode in force: App Service Authentication in Azure, the development sign-in on a developer's machine.</summary>
internal static class IdentitySetup
{
    /// <summary>The cookie of the development sign-in.</summary>
    public const string DevelopmentCookie = "overeenkomst-ontwikkeling";

    /// <summary>
    /// Adds authentication for <c>Auth:Mode</c>. The development sign-in outside Development is refused: explained in Dutch on
    /// <paramref name="error"/> and false, so start-up stops with exit code 1 (as a template error does) instead of an exception.
    /// </summary>
    public static bool AddSignIn(this WebApplicationBuilder builder, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var configured = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var isDevelopment = builder.Environment.IsDevelopment();
        var mode = configured.Mode ?? (isDevelopment ? AuthMode.Development : AuthMode.EasyAuth);
        if (mode == AuthMode.Development && !isDevelopment)
        {
            error.WriteLine(Messages.DevelopmentSignInRefused(builder.Environment.EnvironmentName));
            return false;
        }

        builder.Services.AddSingleton(new SignInMode(mode));
        if (mode == AuthMode.EasyAuth)
        {
            // Only the core: AddAuthentication would also bring data protection, whose key ring loads at every start-up
            // (~15 ms of a cold start) and which nothing uses here: App Service Authentication keeps no cookie of ours.
            builder.Services.AddWebEncoders();
            builder.Services.AddAuthenticationCore(options =>
            {
                options.DefaultScheme = EasyAuthHandler.SchemeName;
                options.AddScheme<EasyAuthHandler>(EasyAuthHandler.SchemeName, displayName: null);
            });
        }
        else
        {
            builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
                .AddCookie(options =>
                {
                    options.Cookie.Name = DevelopmentCookie;
                    options.Cookie.HttpOnly = true;
                    options.Cookie.SameSite = SameSiteMode.Lax;
                    options.LoginPath = DevelopmentSignInApi.Path;
                    options.ReturnUrlParameter = DevelopmentSignInApi.ReturnParameter;
                    options.SlidingExpiration = true;
                    options.Events.OnRedirectToLogin = context => AnswerApiWithStatus(context, StatusCodes.Status401Unauthorized);
                    options.Events.OnRedirectToAccessDenied = context => AnswerApiWithStatus(context, StatusCodes.Status403Forbidden);
                });
        }

        builder.Services.AddAuthorization();
        builder.Services.Replace(ServiceDescriptor.Singleton<IAuthorizationPolicyProvider, UncachedAuthorizationPolicies>());
        return true;
    }

    // An API caller wants a status and problem details, not a redirect to a page.
    private static Task AnswerApiWithStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

/// <summary>The sign-in mode this process runs in, for the endpoints that only exist in one of them.</summary>
/// <param name="Mode">The mode.</param>
internal sealed record SignInMode(AuthMode Mode);
