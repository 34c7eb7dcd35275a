using Microsoft.AspNetCore.Http.HttpResults;

namespace Overeenkomst.Functions.Agreements;

/// <summary>The Dutch problem details the agreement endpoints answer with.</summary>
internal static class AgreementProblems
{
    public static ProblemHttpResult AgreementNotFound() =>
        TypedResults.Problem(Messages.AgreementNotFoundDetail, statusCode: StatusCodes.Status404NotFound, title: Messages.AgreementNotFoundTitle);

    public static ProblemHttpResult VersionNotFound(int number) =>
        TypedResults.Problem(Messages.VersionNotFoundDetail(number), statusCode: StatusCodes.Status404NotFound, title: Messages.VersionNotFoundTitle);

    public static ProblemHttpResult IfMatchMissing() =>
        TypedResults.Problem(Messages.IfMatchMissingDetail, statusCode: StatusCodes.Status428PreconditionRequired, title: Messages.IfMatchMissingTitle);

    public static ProblemHttpResult Changed() =>
        TypedResults.Problem(Messages.AgreementChangedDetail, statusCode: StatusCodes.Status412PreconditionFailed, title: Messages.AgreementChangedTitle);

    public static ProblemHttpResult VersionConflict() =>
        TypedResults.Problem(Messages.VersionConflictDetail, statusCode: StatusCodes.Status409Conflict, title: Messages.VersionConflictTitle);

    public static ProblemHttpResult RenderFailed(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: Messages.RenderFailedTitle);
}
