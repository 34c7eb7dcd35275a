using Overeenkomst.Agreements;

namespace Overeenkomst.Functions.Access;

/// <summary>Turns a version that could not get a number (others kept taking the next one) into 409 with a Dutch explanation.</summary>
internal sealed class VersionConflictFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (VersionConflictException)
        {
            return AgreementProblems.VersionConflict();
        }
    }
}
