using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Functions.Identity;

/// <summary>
/// The development sign-in: a page where a developer or tester picks who to be. Mapped only in
/// <see cref="AuthMode.Development"/>, which <see cref="IdentitySetup"/> refuses outside the Development environment.
/// </summary>
internal static class DevelopmentSignInApi
{
    public const string Path = "/aanmelden";
    public const string ReturnParameter = "terug";

    public static IEndpointRouteBuilder MapDevelopmentSignIn(this IEndpointRouteBuilder routes)
    {
        if (routes.ServiceProvider.GetRequiredService<SignInMode>().Mode != AuthMode.Development)
        {
            return routes;
        }

        // Pages, not API: they stay out of the OpenAPI document.
        routes.MapGet(Path, ShowPage).WithName("ShowDevelopmentSignIn").ExcludeFromDescription();
        routes.MapPost(Path, SignInAsync).WithName("DevelopmentSignIn").DisableAntiforgery().ExcludeFromDescription();
        routes.MapPost("/afmelden", (Delegate)SignOutAsync).WithName("DevelopmentSignOut").DisableAntiforgery().ExcludeFromDescription();
        return routes;
    }

    private static ContentHttpResult ShowPage(HttpContext context) =>
        Html(DevelopmentSignInPage.Render(ReturnUrl(context.Request.Query[ReturnParameter])));

    private static async Task<IResult> SignInAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var returnUrl = ReturnUrl(form[ReturnParameter]);
        var (user, errors) = UserFrom(form);
        if (user is null)
        {
            return Html(DevelopmentSignInPage.Render(returnUrl, errors, form), StatusCodes.Status400BadRequest);
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(user.ToClaims(), CookieAuthenticationDefaults.AuthenticationScheme));
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return TypedResults.LocalRedirect(returnUrl);
    }

    private static async Task<RedirectHttpResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.LocalRedirect(Path);
    }

    private static ContentHttpResult Html(string page, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Content(page, "text/html; charset=utf-8", statusCode: statusCode);

    private static (SignedInUser? User, IReadOnlyDictionary<string, string> Errors) UserFrom(IFormCollection form)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = form["naam"].ToString().Trim();
        var email = form["email"].ToString().Trim().ToLowerInvariant();
        var organisation = form["organisatie"].ToString().Trim();
        var role = form["rol"].ToString().Trim();
        if (name.Length == 0)
        {
            errors["naam"] = Messages.SignInNameMissing;
        }

        if (!EmailAddress.IsValid(email) || email.Length > ParticipantsCheck.MaxLength)
        {
            errors["email"] = Messages.NotAnEmail;
        }

        if (organisation.Length == 0)
        {
            errors["organisatie"] = Messages.SignInOrganisationMissing;
        }

        // No role is a choice too: a signatory signs in with their address alone (no app role, no participation).
        if (role.Length > 0 && !ParticipantRoles.IsKnown(role))
        {
            errors["rol"] = Messages.SignInRoleMissing;
        }

        return errors.Count > 0 ? (null, errors) : (new SignedInUser(email, name, organisation, role.Length > 0 ? [role] : []), errors);
    }

    // Only a path on this site: an open redirect would let a link sign someone in and send them elsewhere.
    private static string ReturnUrl(string? candidate) =>
        candidate is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
