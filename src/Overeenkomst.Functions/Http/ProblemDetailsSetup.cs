using Microsoft.AspNetCore.WebUtilities;

namespace Overeenkomst.Functions.Http;

/// <summary>Every error the handler answers is RFC 9457 problem details with a Dutch title, including the framework's own.</summary>
internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddDutchProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            if (context.Exception is not null || status == StatusCodes.Status500InternalServerError)
            {
                problem.Title = Messages.UnexpectedErrorTitle;
                problem.Detail = Messages.UnexpectedErrorDetail;
            }
            else if (problem.Title is null || problem.Title == ReasonPhrases.GetReasonPhrase(status))
            {
                // The framework's own answers (an unknown route, a wrong method) carry English reason phrases.
                problem.Title = Messages.StatusTitle(status);
                if (status == StatusCodes.Status415UnsupportedMediaType)
                {
                    problem.Detail ??= Messages.NotJsonContentTypeDetail;
                }
            }

            problem.Extensions.Remove("traceId");
        });
}
