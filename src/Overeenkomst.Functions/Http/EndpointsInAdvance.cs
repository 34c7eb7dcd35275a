namespace Overeenkomst.Functions.Http;

/// <summary>
/// Builds every endpoint once on another thread while the host starts and the server begins to listen, so that the routing
/// table of the first request finds their code compiled, their types loaded and their metadata read.
/// </summary>
/// <remarks>
/// An endpoint's first build in a process is most of what building it costs (the generated request code's metadata, the
/// JSON metadata of its bodies and answers, its method's attributes read by reflection): ~13 ms for the 50 endpoints here,
/// spent on the main thread before the server listened as long as the authorization middleware cached their policies
/// (it no longer does: <c>Identity/UncachedAuthorizationPolicies</c>). Routing builds them again for the first request —
/// ASP.NET Core's route data sources keep nothing they built — and then it is the cheap second time. A failure here is
/// not lost: routing's build fails the same way on the first request, into the log.
/// </remarks>
public static class EndpointsInAdvance
{
    /// <summary>Starts building every endpoint of <paramref name="routes"/>, groups included; the task gives how many.</summary>
    public static Task<int> BuildEndpointsInAdvance(this IEndpointRouteBuilder routes) =>
        Task.Run(() => routes.DataSources.Sum(source => source.Endpoints.Count));
}
