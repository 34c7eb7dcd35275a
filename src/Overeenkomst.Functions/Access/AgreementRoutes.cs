namespace Overeenkomst.Functions.Access;

/// <summary>
/// The one group under /api/agreements that every agreement feature maps into: sign-in required (the store's and the
/// renderer's failures are answered for every endpoint alike by <see cref="FailureProblems"/>). The features are composed
/// in Program.cs, so none of them needs to know the others.
/// </summary>
internal static class AgreementRoutes
{
    public const string Route = "/api/agreements";

    public static RouteGroupBuilder MapAgreementGroup(this IEndpointRouteBuilder routes) =>
        routes.MapGroup(Route).RequireAuthorization();

    /// <summary>Where agreement <paramref name="id"/> is read, for Location headers.</summary>
    public static string Location(string id) => $"{Route}/{id}";
}
