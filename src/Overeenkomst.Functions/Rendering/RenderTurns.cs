using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Overeenkomst.Functions.Rendering;

/// <summary>
/// Lets as many renders run at once as the instance has cores; the others wait their turn in order of arrival, before
/// anything of their request has been read, and a request that finds the queue full gets 503 with Retry-After.
/// </summary>
/// <remarks>
/// Why: a render is pure CPU (~1.5 ms). Without the queue, 32 requests on two cores all render at once and the thread
/// pool gives the cores out in no particular order, so the slowest wait twice as long as the typical one; in arrival
/// order, ~1.5 times (README, "Measured"). Waiting before the body is read, a request holds nothing but its connection.
/// A client that goes away while waiting leaves the queue.
/// </remarks>
public sealed class RenderTurns : IEndpointFilter, IDisposable
{
    private readonly ConcurrencyLimiter limiter;

    /// <summary>Creates the queue with the configured number of renders at once and of waiting places.</summary>
    public RenderTurns(IOptions<RenderTurnsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = settings.AtOnce ?? Environment.ProcessorCount,
            QueueLimit = settings.Waiting,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>How many requests are waiting for their turn now.</summary>
    public long Waiting => limiter.GetStatistics()?.CurrentQueuedCount ?? 0;

    /// <summary>
    /// Waits until it is this render's turn; dispose the turn when the render is done. A turn that is not
    /// <see cref="RateLimitLease.IsAcquired"/> means the queue was full.
    /// </summary>
    public ValueTask<RateLimitLease> WaitForTurnAsync(CancellationToken cancellationToken) =>
        limiter.AcquireAsync(1, cancellationToken);

    /// <inheritdoc/>
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        using var turn = await WaitForTurnAsync(context.HttpContext.RequestAborted);
        if (!turn.IsAcquired)
        {
            context.HttpContext.Response.Headers.RetryAfter = RenderTurnsOptions.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(Messages.RenderTurnsFullDetail,
                statusCode: StatusCodes.Status503ServiceUnavailable, title: Messages.RenderTurnsFullTitle);
        }

        return await next(context);
    }

    /// <inheritdoc/>
    public void Dispose() => limiter.Dispose();
}

/// <summary>How many renders run at once and how many may wait: <c>RenderTurns:AtOnce</c>, <c>RenderTurns:Waiting</c>.</summary>
public sealed record RenderTurnsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "RenderTurns";

    /// <summary>Seconds a refused client should wait before trying again; the Dutch detail says "a few seconds".</summary>
    public const int RetryAfterSeconds = 2;

    /// <summary>Renders at once; unset: one per core, since a render never waits for anything but the CPU.</summary>
    public int? AtOnce { get; init; }

    /// <summary>Requests that may wait for a turn: 256 is about a fifth of a second of rendering on two cores.</summary>
    public int Waiting { get; init; } = 256;
}

/// <summary>Puts an endpoint that renders behind the <see cref="RenderTurns"/>.</summary>
internal static class RenderTurnsSetup
{
    public static IServiceCollection AddRenderTurns(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RenderTurnsOptions>()
            .Bind(configuration.GetSection(RenderTurnsOptions.Section))
            .Validate(options => options.AtOnce is null or > 0 && options.Waiting >= 0, Messages.RenderTurnsMisconfigured)
            .ValidateOnStart();
        services.AddSingleton<RenderTurns>();
        return services;
    }

    /// <summary>The request waits for its turn before its body is read; every endpoint shares the one queue of the instance.</summary>
    public static RouteHandlerBuilder WaitsForItsTurnToRender(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilterFactory((endpointContext, next) =>
            {
                // Not AddEndpointFilter<RenderTurns>: that would give each endpoint a queue of its own.
                var turns = endpointContext.ApplicationServices.GetRequiredService<RenderTurns>();
                return context => turns.InvokeAsync(context, next);
            })
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
