using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Functions.Http;
using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering;

namespace Overeenkomst.Functions.Rendering;

/// <summary>POST /api/render: valid answers in, a draft agreement (.docx) out, nothing stored; invalid answers give 422 with errors per question id.</summary>
internal static class RenderingApi
{
    public static IEndpointRouteBuilder MapRendering(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/render", RenderAsync)
            .WithName("RenderAgreement")
            .Accepts<object>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: RenderedAgreement.DocxContentType);
        return routes;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RenderAsync(
        HttpRequest request, AgreementComposer composer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var read = await AnswersBody.ReadAsync(request, cancellationToken);
        if (read.Problem is { } problem)
        {
            return problem;
        }

        var options = RenderOptions.Preview(clock.GetUtcNow(), Messages.AnonymousCreator);
        try
        {
            var composed = composer.Compose(read.Answers!, options, cancellationToken);
            if (composed.Agreement is not { } rendered)
            {
                return InvalidAnswers(composed.Errors);
            }

            return TypedResults.File(rendered.Docx, RenderedAgreement.DocxContentType, AgreementFileName.For(rendered.Title, options));
        }
        catch (AgreementRenderException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: Messages.RenderFailedTitle);
        }
    }

    /// <summary>422 problem details with the Dutch messages per question id in <c>errors</c>.</summary>
    private static ProblemHttpResult InvalidAnswers(IReadOnlyList<Overeenkomst.Questionnaire.Validation.ValidationError> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(
            errors.GroupBy(e => e.QuestionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = Messages.AnswersInvalidTitle,
            Detail = Messages.AnswersInvalidDetail(errors.Count),
        });
}
