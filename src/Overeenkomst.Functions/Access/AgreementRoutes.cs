using Overeenkomst.Agreements;

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

    /// <summary>
    /// The endpoint acts on agreement <c>{id}</c> for <paramref name="action"/>: the access check runs before it
    /// (<see cref="AgreementAccessFilter"/>) and the endpoint reads the agreement with <see cref="OpenAgreement.Of"/>. The
    /// filter is in the endpoint's metadata too, so a test can see that every endpoint of one agreement has it, and it
    /// names <c>{id}</c> in the endpoint's OpenAPI description, which no handler parameter does any more.
    /// </summary>
    public static RouteHandlerBuilder Opens(this RouteHandlerBuilder endpoint, AgreementAction action)
    {
        var filter = new AgreementAccessFilter(action);
        return endpoint.WithMetadata(filter).AddEndpointFilter(filter).AddOpenApiOperationTransformer((operation, _, _) =>
        {
            AgreementAccessFilter.DescribeId(operation);
            return Task.CompletedTask;
        });
    }

    /// <summary>Where agreement <paramref name="id"/> is read, for Location headers.</summary>
    public static string Location(string id) => $"{Route}/{id}";
}
