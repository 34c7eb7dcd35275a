using Microsoft.AspNetCore.Http.HttpResults;

namespace Overeenkomst.Functions.Identity;

/// <summary>GET /api/me: who the handler thinks is calling — what the web app shows in its corner.</summary>
internal static class MeApi
{
    public static IEndpointRouteBuilder MapMe(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/me", GetMe).WithName("GetMe")
            .WithSummary("Wie is aangemeld: naam, e-mailadres, organisatie en rollen.").RequireAuthorization();
        return routes;
    }

    private static Results<Ok<MeResponse>, UnauthorizedHttpResult> GetMe(HttpContext context, SignInMode mode) =>
        SignedInUser.From(context.User) is { } user
            ? TypedResults.Ok(new MeResponse(user.Email, user.Name, user.Organisation, user.Roles, mode.Mode == AuthMode.Development, PageLabels.Dutch))
            : TypedResults.Unauthorized();
}

/// <summary>
/// The signed-in user, whether it is a development sign-in (the web app then offers to switch user), and the words pages
/// use for roles and statuses (every page asks who is signed in first, so they come along instead of a copy in JavaScript).
/// </summary>
internal sealed record MeResponse(string Email, string Name, string Organisation, IReadOnlyList<string> Roles, bool DevelopmentSignIn, PageLabels Labels);

/// <summary>What roles and agreement statuses are called on a page, by their value in the API.</summary>
internal sealed record PageLabels(IReadOnlyDictionary<string, string> Roles, IReadOnlyDictionary<string, string> Statuses)
{
    public static PageLabels Dutch { get; } = new(Messages.RoleLabels, Messages.StatusLabels);
}
