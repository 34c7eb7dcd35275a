using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Parties;
using Overeenkomst.Functions.Access;
using Overeenkomst.Functions.Http;

namespace Overeenkomst.Functions.Reviewing;

/// <summary>PUT /api/agreements/{id}/participants: the owner's side names who takes part, with If-Match like the answers.</summary>
internal static class ParticipantsApi
{
    public static RouteGroupBuilder MapParticipants(this RouteGroupBuilder agreements)
    {
        agreements.MapPut("/{id}/participants", SetAsync).Opens(AgreementAction.Edit).WithName("SetParticipants")
            .WithSummary("Legt vast wie deelneemt, met e-mailadres, organisatie (de korte naam van hun partij) en rol; alleen deelnemers zien de overeenkomst.");
        return agreements;
    }

    private static async Task<Results<Ok<AgreementDocument>, ProblemHttpResult, ValidationProblem>> SetAsync(
        ParticipantsBody? body, HttpContext context, AgreementArchive archive, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        if (ETagHeaders.IfMatch(context.Request) is not { } etag)
        {
            return AgreementProblems.IfMatchMissing();
        }

        if (body?.Participants is not { } wanted)
        {
            return Invalid(new Dictionary<string, string[]> { ["participants"] = [Messages.ParticipantsMissing] });
        }

        var (participants, errors) = ParticipantsCheck.Check(wanted, open.Agreement.Value.CreatedBy);
        if (errors.Count == 0)
        {
            errors = ParticipantParties.Check(participants, AgreementParties.Of(open.Agreement.Value.Answers));
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var saved = await archive.SaveParticipantsAsync(open.Id, open.Agreement, participants, etag, open.Actor, cancellationToken);
        if (saved.Agreement is not { } agreement)
        {
            return AgreementProblems.Unsaved(saved);
        }

        ETagHeaders.Set(context.Response, agreement.ETag);
        return TypedResults.Ok(agreement.Value);
    }

    private static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: Messages.ParticipantsInvalidTitle);
}

/// <summary>The body of PUT …/participants: the whole list, the owner included.</summary>
/// <param name="Participants">Each participant's e-mail, organisation and role.</param>
internal sealed record ParticipantsBody(IReadOnlyList<Participant?>? Participants);
