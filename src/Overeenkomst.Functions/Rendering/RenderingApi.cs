using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Functions.Http;
using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering;

namespace Overeenkomst.Functions.Rendering;

/// <summary>POST /api/render: answers in, a draft agreement (.docx) out, nothing stored.</summary>
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
        HttpRequest request, AgreementRenderer renderer, CancellationToken cancellationToken)
    {
        var read = await AnswersBody.ReadAsync(request, cancellationToken);
        if (read.Problem is { } problem)
        {
            return problem;
        }

        var options = RenderOptions.Preview(Messages.AnonymousCreator);
        try
        {
            var rendered = renderer.Render(read.Answers!, options, cancellationToken);
            return TypedResults.File(rendered.Docx, RenderedAgreement.DocxContentType, AgreementFileName.For(rendered.Title, options));
        }
        catch (AgreementRenderException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: Messages.RenderFailedTitle);
        }
    }
}
