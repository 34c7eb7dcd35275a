using Overeenkomst.Rendering;

namespace Overeenkomst.Functions.Http;

/// <summary>
/// Turns a template that cannot be filled in into 422 problem details that say where, for every endpoint that renders:
/// the answers were valid, so the fault is in a template and the person can only report it.
/// </summary>
internal sealed class RenderFailureFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (AgreementRenderException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: Messages.RenderFailedTitle);
        }
    }
}
