using Overeenkomst.Storage;

namespace Overeenkomst.Functions.Access;

/// <summary>Turns an unreachable store into 503 with Retry-After, a Dutch explanation, and a log line for the operator.</summary>
internal sealed class StoreUnavailableFilter(ILogger<StoreUnavailableFilter> logger) : IEndpointFilter
{
    /// <summary>Seconds a client should wait before trying again; the Dutch detail says "a half minute".</summary>
    public const int RetryAfterSeconds = 30;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (StoreUnavailableException exception)
        {
            LogUnavailable(logger, exception);
            context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(Messages.StorageUnavailableDetail,
                statusCode: StatusCodes.Status503ServiceUnavailable, title: Messages.StorageUnavailableTitle);
        }
    }

    private static readonly Action<ILogger, Exception?> LogUnavailable =
        LoggerMessage.Define(LogLevel.Warning, new EventId(4001, "StoreUnavailable"), "The store could not be reached; answered 503.");
}
