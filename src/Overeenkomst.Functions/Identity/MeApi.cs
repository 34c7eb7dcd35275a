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
            ? TypedResults.Ok(new MeResponse(user.Email, user.Name, user.Organisation, user.Roles, mode.Mode == AuthMode.Development))
            : TypedResults.Unauthorized();
}

/// <summary>The signed-in user, and whether it is a development sign-in (the web app then offers to switch user).</summary>
internal sealed record MeResponse(string Email, string Name, string Organisation, IReadOnlyList<string> Roles, bool DevelopmentSignIn);
