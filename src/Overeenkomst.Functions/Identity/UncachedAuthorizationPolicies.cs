using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Overeenkomst.Functions.Identity;

/// <summary>The default authorization policies, without the authorization middleware's cache of each endpoint's policy.</summary>
/// <remarks>
/// Why: that cache is made with the middleware, while the host starts and before the server listens, and making it builds
/// every endpoint on the main thread — most of a cold start's difference from a bare handler's pipeline (README,
/// "Measured"). Without it the middleware combines an endpoint's policy on each request: here "signed in" or none, a few
/// small objects. The endpoints are built beside the start instead (<see cref="Http.EndpointsInAdvance"/>).
/// </remarks>
internal sealed class UncachedAuthorizationPolicies(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    /// <inheritdoc/>
    public override bool AllowsCachingPolicies => false;
}
