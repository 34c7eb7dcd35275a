using Microsoft.OpenApi;
using Overeenkomst.Agreements;

namespace Overeenkomst.Functions.Access;

/// <summary>
/// The access check, run once before an agreement endpoint: opens agreement <c>{id}</c> for the signed-in user and
/// <paramref name="action"/> (<see cref="AgreementAccess"/>), answers 404 or 403 in its place, or hands the endpoint the
/// <see cref="OpenAgreement"/> (<see cref="OpenAgreement.Of"/>).
/// </summary>
/// <remarks>
/// A filter rather than a bound parameter: a parameter is bound before any filter runs and could only fail with 400 —
/// here a refusal is answered with its own problem details, and the store's outage during the check by the handler's
/// one exception handler (<see cref="FailureProblems"/>), as anywhere else.
/// </remarks>
internal sealed class AgreementAccessFilter(AgreementAction action) : IEndpointFilter
{
    /// <summary>The route value that names the agreement.</summary>
    public const string IdRouteValue = "id";

    /// <summary>The step the endpoint takes, which the caller's role in the agreement must allow.</summary>
    public AgreementAction Action => action;

    /// <summary>Names <c>{id}</c> in an endpoint's OpenAPI description first, as the handler's own first parameter did.</summary>
    public static void DescribeId(OpenApiOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        operation.Parameters ??= [];
        operation.Parameters.Insert(0, new OpenApiParameter
        {
            Name = IdRouteValue, In = ParameterLocation.Path, Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var id = http.GetRouteValue(IdRouteValue) as string ?? "";
        var opened = await AgreementAccess.OpenAsync(id, http, http.RequestServices.GetRequiredService<AgreementArchive>(), action, http.RequestAborted);
        if (!opened.Succeeded)
        {
            return opened.Problem;
        }

        http.Features.Set(opened.Value);
        return await next(context);
    }
}
