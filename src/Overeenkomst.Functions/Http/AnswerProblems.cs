using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Functions.Http;

/// <summary>The one answer every endpoint gives to answers that cannot become an agreement yet.</summary>
internal static class AnswerProblems
{
    /// <summary>422 problem details with the Dutch messages per question id in <c>errors</c>, as the questionnaire pages show them.</summary>
    public static ProblemHttpResult Invalid(IReadOnlyList<ValidationError> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(
            errors.GroupBy(error => error.QuestionId, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray(), StringComparer.Ordinal))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = Messages.AnswersInvalidTitle,
            Detail = Messages.AnswersInvalidDetail(errors.Count),
        });
}
