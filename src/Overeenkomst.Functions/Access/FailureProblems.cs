using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Rendering;
using Overeenkomst.Storage;

namespace Overeenkomst.Functions.Access;

/// <summary>
/// Answers the failures no endpoint handles itself, the same way wherever they happen: an unreachable store is 503 with
/// Retry-After and a log line for the operator, a template that cannot be filled in is 422 saying where. (A version that
/// could not get a number is an outcome, not a failure: the endpoints answer it 409 themselves.) Every other exception is left to the framework's 500.
/// </summary>
/// <remarks>
/// One <see cref="IExceptionHandler"/> behind <c>UseExceptionHandler</c> instead of an endpoint filter per failure on each
/// group: an endpoint cannot forget one, and the answer is the same problem details as before.
/// </remarks>
internal sealed class FailureProblems(ILogger<FailureProblems> logger) : IExceptionHandler
{
    /// <summary>Seconds a client should wait before trying again after the store was unreachable; the Dutch detail says "a half minute".</summary>
    public const int StoreRetryAfterSeconds = 30;

    /// <inheritdoc/>
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (Problem(httpContext.Response, exception) is not { } problem)
        {
            return false;
        }

        await problem.ExecuteAsync(httpContext);
        return true;
    }

    private ProblemHttpResult? Problem(HttpResponse response, Exception exception)
    {
        switch (exception)
        {
            case StoreUnavailableException:
                LogUnavailable(logger, exception);
                response.Headers.RetryAfter = StoreRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem(Messages.StorageUnavailableDetail,
                    statusCode: StatusCodes.Status503ServiceUnavailable, title: Messages.StorageUnavailableTitle);
            case AgreementRenderException:
                // The answers were valid, so the fault is in a template and the person can only report it.
                return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: Messages.RenderFailedTitle);
            default:
                return null;
        }
    }

    private static readonly Action<ILogger, Exception?> LogUnavailable =
        LoggerMessage.Define(LogLevel.Warning, new EventId(4001, "StoreUnavailable"), "The store could not be reached; answered 503.");
}
