using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Checking;
using Overeenkomst.Functions.Http;
using Overeenkomst.Quality;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Migration;

namespace Overeenkomst.Functions.Questionnaire;

/// <summary>GET /api/questionnaire: the questionnaire; POST /api/answers/check: validation and quality check of (partial) answers.</summary>
internal static class QuestionnaireApi
{
    public static IEndpointRouteBuilder MapQuestionnaire(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/questionnaire", GetQuestionnaire)
            .WithName("GetQuestionnaire")
            .WithSummary("De vragenlijst: secties, vragen, typen, hulpteksten, grenzen, voorwaarden, standaardantwoorden en de regels van de kwaliteitstoets.")
            .Produces<QuestionnaireDocument>();
        routes.MapPost("/api/answers/check", CheckAsync)
            .WithName("CheckAnswers")
            .WithSummary("Controleert (ook onvolledige) antwoorden zonder iets op te slaan: fouten per vraag, zichtbare vragen, voortgang per sectie en de kwaliteitstoets Q1–Q18.")
            .Accepts<object>("application/json")
            .Produces<CheckReport>();
        return routes;
    }

    private static Ok<QuestionnaireDocument> GetQuestionnaire(QuestionnaireDefinition definition, QualityCheck quality) =>
        TypedResults.Ok(QuestionnaireDocument.From(definition, quality));

    private static async Task<Results<Ok<CheckReport>, ProblemHttpResult>> CheckAsync(
        HttpRequest request, AnswerChecker checker, AnswerMigration migration, CancellationToken cancellationToken)
    {
        var read = await AnswersBody.ReadAsync(request, migration, cancellationToken);
        if (!read.Succeeded)
        {
            return read.Problem;
        }

        var result = checker.Check(read.Answers);
        return TypedResults.Ok(CheckReport.From(result) with { Shown = ShownAnswers.Of(checker.Definition, result.Validation), Migration = read.Migration });
    }
}
