using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Organisations;
using Overeenkomst.Functions.Access;
using Overeenkomst.Functions.Http;
using Overeenkomst.Questionnaire.Migration;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Functions.Organisations;

/// <summary>
/// /api/agreements/{id}/parties: each party's own block — which are confirmed and which wait for whom — and a party's
/// participants filling in and confirming their own block, in any role, and only their own.
/// </summary>
internal static class PartyBlocksApi
{
    public static RouteGroupBuilder MapPartyBlocks(this RouteGroupBuilder agreements)
    {
        agreements.MapGet("/{id}/parties", ListAsync).Opens(AgreementAction.Read).WithName("ListPartyBlocks")
            .WithSummary("De eigen gegevens van elke partij: bevestigd of nog niet, en op welke deelnemers van die partij het wacht.");
        agreements.MapPut("/{id}/parties/{party}/block", SaveAsync).Opens(AgreementAction.FillBlock).WithName("SavePartyBlock")
            .Accepts<object>("application/json")
            .WithSummary("Een deelnemer van een partij vult de eigen gegevens van die partij in (naam, adres, KvK, IBAN, ondertekenaars, e-maildomeinen), met If-Match.");
        agreements.MapPost("/{id}/parties/{party}/confirmation", ConfirmAsync).Opens(AgreementAction.FillBlock).WithName("ConfirmPartyBlock")
            .WithSummary("Een deelnemer van een partij bevestigt de eigen gegevens van die partij; ze worden ook het profiel van de organisatie.");
        return agreements;
    }

    private static async Task<Results<Ok<IEnumerable<PartyBlockView>>, ProblemHttpResult>> ListAsync(
        HttpContext context, ProfileArchive profiles, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        var blocks = PartyBlocks.Status(open.Agreement.Value);
        var known = new List<bool>();
        foreach (var block in blocks)
        {
            known.Add(block.Kvk is { } kvk && await profiles.ReadAsync(kvk, cancellationToken) is not null);
        }

        return TypedResults.Ok(blocks.Select((block, index) => PartyBlockView.Of(block, known[index])));
    }

    private static async Task<Results<Ok<AgreementDocument>, ProblemHttpResult>> SaveAsync(
        string party, HttpRequest request, PartyBlocks blocks, AnswerMigration migration,
        CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(request.HttpContext);
        if (PartyGate.Refusal(open, party) is { } refused)
        {
            return refused;
        }

        if (ETagHeaders.IfMatch(request) is not { } etag)
        {
            return AgreementProblems.IfMatchMissing();
        }

        var block = await BlockBody.ReadAsync(request, migration, null, cancellationToken);
        if (!block.Succeeded)
        {
            return block.Problem;
        }

        var saved = await blocks.SaveAsync(open.Id, open.Agreement, party, block.Value, etag, open.Actor, cancellationToken);
        return Answer(request.HttpContext, saved);
    }

    private static async Task<Results<Ok<AgreementDocument>, ProblemHttpResult>> ConfirmAsync(
        string party, HttpContext context, PartyBlocks blocks, TimeProvider clock, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        if (PartyGate.Refusal(open, party) is { } refused)
        {
            return refused;
        }

        if (ETagHeaders.IfMatch(context.Request) is not { } etag)
        {
            return AgreementProblems.IfMatchMissing();
        }

        var confirmed = await blocks.ConfirmAsync(open.Id, open.Agreement, party, etag, open.Actor, clock.GetUtcNow(), cancellationToken);
        if (confirmed.Forbidden is { } forbidden)
        {
            return TypedResults.Problem(forbidden, statusCode: StatusCodes.Status403Forbidden, title: Messages.ProfileForbiddenTitle);
        }

        return confirmed.Outcome is { } outcome ? Answer(context, outcome) : AnswerProblems.Invalid(confirmed.Errors ?? []);
    }

    private static Results<Ok<AgreementDocument>, ProblemHttpResult> Answer(HttpContext context, SaveResult saved)
    {
        if (saved.Agreement is not { } agreement)
        {
            return AgreementProblems.Unsaved(saved);
        }

        ETagHeaders.Set(context.Response, agreement.ETag);
        return TypedResults.Ok(agreement.Value);
    }
}

/// <summary>A party's block as the pages show it.</summary>
/// <param name="Party">Its short name.</param>
/// <param name="Name">Its legal name, if the block has one.</param>
/// <param name="Kvk">Its KvK number, if any.</param>
/// <param name="Confirmed">Who confirmed it and when, while that still holds; null while it waits.</param>
/// <param name="WaitingFor">The participants of that party, who can fill it in and confirm it.</param>
/// <param name="ProfileExists">Whether the organisation has a profile to fill the block from.</param>
internal sealed record PartyBlockView(string Party, string? Name, string? Kvk, ConfirmationView? Confirmed, IReadOnlyList<ParticipantView> WaitingFor,
    bool ProfileExists)
{
    public static PartyBlockView Of(PartyBlockStatus status, bool profileExists) => new(status.Party, status.Name, status.Kvk,
        status.Confirmed is { } found ? new ConfirmationView(found.By, found.Name, found.At) : null,
        [.. status.People.Select(person => new ParticipantView(person.Email, person.Role))], profileExists);
}

/// <summary>Who confirmed a block, and when.</summary>
internal sealed record ConfirmationView(string By, string Name, DateTimeOffset At);

/// <summary>A participant who can confirm a block.</summary>
internal sealed record ParticipantView(string Email, string Role);
