using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;

namespace Overeenkomst.Functions.Access;

/// <summary>The Dutch problem details the agreement endpoints answer with.</summary>
internal static class AgreementProblems
{
    public static ProblemHttpResult AgreementNotFound() =>
        TypedResults.Problem(Messages.AgreementNotFoundDetail, statusCode: StatusCodes.Status404NotFound, title: Messages.AgreementNotFoundTitle);

    public static ProblemHttpResult VersionNotFound(int number) =>
        TypedResults.Problem(Messages.VersionNotFoundDetail(number), statusCode: StatusCodes.Status404NotFound, title: Messages.VersionNotFoundTitle);

    /// <summary>One of two versions to compare does not exist.</summary>
    public static ProblemHttpResult VersionsNotFound(int older, int newer) =>
        TypedResults.Problem(Messages.VersionsNotFoundDetail(older, newer), statusCode: StatusCodes.Status404NotFound, title: Messages.VersionNotFoundTitle);

    public static ProblemHttpResult IfMatchMissing() =>
        TypedResults.Problem(Messages.IfMatchMissingDetail, statusCode: StatusCodes.Status428PreconditionRequired, title: Messages.IfMatchMissingTitle);

    public static ProblemHttpResult Changed() =>
        TypedResults.Problem(Messages.AgreementChangedDetail, statusCode: StatusCodes.Status412PreconditionFailed, title: Messages.AgreementChangedTitle);

    /// <summary>A new version lost the race for its number to others that kept taking the next one: trying again will work.</summary>
    public static ProblemHttpResult VersionConflict() =>
        TypedResults.Problem(Messages.VersionConflictDetail, statusCode: StatusCodes.Status409Conflict, title: Messages.VersionConflictTitle);

    /// <summary>A participant whose role (listed, or carried by their sign-in) does not allow the step: they may know the agreement exists, so 403 (not 404).</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: Messages.RoleForbiddenTitle);

    public static ProblemHttpResult CreateForbidden() =>
        TypedResults.Problem(Messages.CreateNeedsOpleiding, statusCode: StatusCodes.Status403Forbidden, title: Messages.StatusTitle(StatusCodes.Status403Forbidden));

    /// <summary>The lifecycle does not allow the step now; the detail says why and what is possible.</summary>
    public static ProblemHttpResult Refused(string reason) =>
        TypedResults.Problem(reason, statusCode: StatusCodes.Status409Conflict, title: Messages.TransitionRefusedTitle);

    /// <summary>Anything but a stored save, as problem details: a lost race for the ETag is 412, for a version's number 409.</summary>
    public static ProblemHttpResult Unsaved(SaveResult result) => result switch
    {
        { Outcome: SaveOutcome.NotFound } => AgreementNotFound(),
        { IsRefused: true } => Refused(result.Reason),
        { Outcome: SaveOutcome.NumberTaken } => VersionConflict(),
        _ => Changed(),
    };
}
