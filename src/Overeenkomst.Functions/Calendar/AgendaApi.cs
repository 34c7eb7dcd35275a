using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Calendar;
using Overeenkomst.Functions.Access;

namespace Overeenkomst.Functions.Calendar;

/// <summary>
/// /api/agreements/{id}/agenda(.ics): the dates the agreement commits its parties to — as an iCalendar file to import,
/// or as JSON with the next one due (by the injected clock) for the pages.
/// </summary>
internal static class AgendaApi
{
    public static RouteGroupBuilder MapAgenda(this RouteGroupBuilder agreements)
    {
        agreements.MapGet("/{id}/agenda.ics", CalendarAsync).Opens(AgreementAction.ReadForSigning).WithName("DownloadAgenda")
            .WithSummary("De agenda van de overeenkomst als iCalendar-bestand (RFC 5545): start, eerste groep, mijlpalen, evaluaties, beslisdatum en einde, elk met het artikel.")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");
        agreements.MapGet("/{id}/agenda", ListAsync).Opens(AgreementAction.ReadForSigning).WithName("ListAgenda")
            .WithSummary("Dezelfde data als lijst, met wat als eerstvolgende aan de beurt is; uit de definitieve versie of anders de laatste versie.");
        return agreements;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CalendarAsync(
        HttpContext context, AgendaReader reader, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        var (events, source) = await reader.ReadAsync(open.Id, open.Agreement.Value, cancellationToken);
        var text = AgendaCalendar.Write(open.Id.Value, open.Agreement.Value.Title, events, source);
        return TypedResults.File(Encoding.UTF8.GetBytes(text), AgendaCalendar.ContentType, "agenda.ics");
    }

    private static async Task<Results<Ok<AgendaView>, ProblemHttpResult>> ListAsync(
        HttpContext context, AgendaReader reader, TimeProvider clock, CancellationToken cancellationToken)
    {
        var open = OpenAgreement.Of(context);
        var (events, source) = await reader.ReadAsync(open.Id, open.Agreement.Value, cancellationToken);
        var today = SigningDate.Today(clock);
        return TypedResults.Ok(new AgendaView(events, AgreementAgenda.Next(events, today), today, source));
    }
}

/// <summary>The agenda as the pages read it.</summary>
/// <param name="Events">Every date, earliest first.</param>
/// <param name="Next">The first on or after today; null when all lie behind (or there is no version yet).</param>
/// <param name="Today">Today, in the Netherlands, by the handler's clock.</param>
/// <param name="Source">The version the dates come from; null before there is one.</param>
internal sealed record AgendaView(IReadOnlyList<AgendaEvent> Events, AgendaEvent? Next, DateOnly Today, AgendaSource? Source);
