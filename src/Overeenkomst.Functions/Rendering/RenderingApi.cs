using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Functions.Http;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Migration;
using Overeenkomst.Rendering;

namespace Overeenkomst.Functions.Rendering;

/// <summary>POST /api/render: valid answers in, a draft agreement (.docx) out, nothing stored; invalid answers give 422 with errors per question id.</summary>
internal static class RenderingApi
{
    public static IEndpointRouteBuilder MapRendering(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/render", RenderAsync)
            .WithName("RenderAgreement")
            .WithSummary("Stelt uit geldige antwoorden een concept-overeenkomst op als Word-bestand (.docx), zonder iets op te slaan; ongeldige antwoorden geven 422 met fouten per vraag.")
            .WaitsForItsTurnToRender()
            .Accepts<object>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: RenderedAgreement.DocxContentType);
        return routes;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RenderAsync(
        HttpRequest request, AgreementComposer composer, AnswerMigration migration, CancellationToken cancellationToken)
    {
        var read = await AnswersBody.ReadAsync(request, migration, cancellationToken);
        if (!read.Succeeded)
        {
            return read.Problem;
        }

        var options = RenderOptions.Preview(Messages.AnonymousCreator);
        var composed = composer.Compose(read.Answers, options, cancellationToken);
        if (composed.Agreement is not { } rendered)
        {
            return AnswerProblems.Invalid(composed.Errors);
        }

        return TypedResults.File(rendered.Docx, RenderedAgreement.DocxContentType, AgreementFileName.For(rendered.Title, options));
    }
}
