using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Functions.Http;
using Overeenkomst.Questionnaire.Migration;
using Overeenkomst.Rendering;

namespace Overeenkomst.Functions.Rendering;

/// <summary>
/// POST /api/preview: answers in, the agreement as an HTML page out, nothing stored — what the questionnaire page shows
/// beside the form, so a person reads the text as it will be before rendering a draft.
/// </summary>
internal static class PreviewApi
{
    public static IEndpointRouteBuilder MapPreview(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/preview", PreviewAsync)
            .WithName("PreviewAnswers")
            .WithSummary("De overeenkomst uit deze antwoorden als HTML-voorbeeld, zonder iets op te slaan; ongeldige antwoorden geven 422 met fouten per vraag.")
            .WaitsForItsTurnToRender()
            .RequireAuthorization()
            .Accepts<object>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/html");
        return routes;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PreviewAsync(
        HttpRequest request, AgreementComposer composer, AnswerMigration migration, CancellationToken cancellationToken)
    {
        var read = await AnswersBody.ReadAsync(request, migration, cancellationToken);
        if (!read.Succeeded)
        {
            return read.Problem;
        }

        var (markdown, errors) = composer.ComposeMarkdown(read.Answers, cancellationToken);
        if (markdown is null)
        {
            return AnswerProblems.Invalid(errors);
        }

        // The same page and the same no-script policy as a stored version's preview.
        return PreviewPage.Result(request.HttpContext.Response, Messages.AnswersPreviewTitle, markdown, Messages.DraftMarkingUnsaved);
    }
}
