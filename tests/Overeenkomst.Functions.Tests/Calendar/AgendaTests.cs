using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net.CalendarComponents;
using Microsoft.Extensions.DependencyInjection;
using Overeenkomst.Agreements;
using Overeenkomst.Agreements.Calendar;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Storage;
using Overeenkomst.Tests.Support;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;
using static Overeenkomst.Functions.Tests.Signing.SigningClient;

namespace Overeenkomst.Functions.Tests.Calendar;

/// <summary>
/// The agreement's calendar over HTTP: agenda.ics parsed back with Ical.Net and checked event by event against the answers
/// and the final's own article numbers; the JSON agenda names the next date by the handler's clock.
/// </summary>
public sealed class AgendaTests(AzuriteFixture azurite) : OpleiderOnAzurite(azurite)
{
    // The Laurens example: in force 1 August 2026 to 31 July 2030, renewal by written decision with six months' notice.
    private static readonly (string Date, string Summary, string ClauseId)[] Expected =
    [
        ("2026-08-01", Messages.AgendaStart, "looptijd-en-beeindiging.looptijd"),
        ("2026-08-15", Messages.AgendaMilestone("Leslokalen ingericht en werkbegeleiders getraind"), "bijlage-tijdpad"),
        ("2026-09-01", Messages.AgendaFirstCohort, "tijdpad.start"),
        ("2026-10-09", Messages.AgendaMilestone("Eerste thema afgerond en besproken met het team"), "bijlage-tijdpad"),
        ("2027-02-01", Messages.AgendaEvaluation("Tussenevaluatie met studenten en werkbegeleiders"), "monitoring-en-evaluatie"),
        ("2027-04-15", Messages.AgendaMilestone("Besluit over uitbreiding naar Verzorgende-IG"), "bijlage-tijdpad"),
        ("2027-06-30", Messages.AgendaEvaluation("Jaarevaluatie in het bestuurlijk overleg"), "monitoring-en-evaluatie"),
        ("2029-04-01", Messages.AgendaEvaluation("Eindevaluatie"), "monitoring-en-evaluatie"),
        ("2030-01-31", Messages.AgendaDecision("verlenging na schriftelijk besluit"), "looptijd-en-beeindiging.verlenging"),
        ("2030-07-31", Messages.AgendaEnd, "looptijd-en-beeindiging.looptijd"),
    ];

    [Fact]
    public async Task The_ics_holds_every_date_of_the_final_each_naming_its_article_as_the_final_numbers_it()
    {
        var (id, _) = await FinalisedAsync(Host);
        using var response = await Client.GetAsync($"/api/agreements/{id}/agenda.ics");
        await ExpectAsync(response, HttpStatusCode.OK);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();

        var calendar = Ical.Net.Calendar.Load(text)!;
        var events = calendar.Events.OrderBy(found => found.DtStart!.Date).ThenBy(found => Array.FindIndex(Expected, e => found.Summary!.StartsWith(e.Summary, StringComparison.Ordinal))).ToList();
        var clauses = await ClausesOfFinalAsync(id);
        Assert.Equal(Expected.Length, events.Count);
        for (var index = 0; index < Expected.Length; index++)
        {
            var (date, summary, clauseId) = Expected[index];
            CalendarEvent found = events[index];
            Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), found.DtStart!.Date);
            Assert.False(found.DtStart.HasTime);
            Assert.Equal(found.DtStart.Date.AddDays(1), found.DtEnd!.Date);
            Assert.StartsWith(summary, found.Summary, StringComparison.Ordinal);
            Assert.Contains(AgreementAgenda.NameOf(clauses.Single(clause => clause.Id == clauseId)), found.Description, StringComparison.Ordinal);
            Assert.Contains("(definitieve versie 2)", found.Description, StringComparison.Ordinal);
            Assert.EndsWith("@overeenkomst", found.Uid, StringComparison.Ordinal);
        }

        Assert.Equal(Expected.Length, events.Select(found => found.Uid).Distinct().Count());
        Assert.Equal(text, await Client.GetStringAsync($"/api/agreements/{id}/agenda.ics"));
    }

    [Fact]
    public async Task The_agenda_names_the_next_date_by_the_handlers_clock_and_a_draft_without_versions_has_none()
    {
        var clock = new FixedClock(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
        using var host = new AgreementsHost(Settings, clock);
        using var owner = host.CreateClient(TestPerson.Opleider);
        var (id, _) = await owner.CreateAsync(Answers);
        var empty = await owner.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/agenda");
        Assert.Empty(empty.GetProperty("events").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("next").ValueKind);

        await owner.CreateVersionAsync(id);
        var agenda = await owner.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/agenda");

        Assert.Equal(Expected.Length, agenda.GetProperty("events").GetArrayLength());
        Assert.Equal("2027-04-15", agenda.GetProperty("next").GetProperty("date").GetString());
        Assert.Equal("mijlpaal", agenda.GetProperty("next").GetProperty("kind").GetString());
        Assert.Equal("2027-03-01", agenda.GetProperty("today").GetString());
        Assert.False(agenda.GetProperty("source").GetProperty("isFinal").GetBoolean());
        Assert.Contains("conceptversie 1", agenda.GetProperty("next").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<Clause>> ClausesOfFinalAsync(string id)
    {
        Assert.True(AgreementId.TryParse(id, out var agreementId));
        var markdown = (await Host.Services.GetRequiredService<IStore>().ReadAsync(AgreementLayout.VersionMarkdown(agreementId, 2)))!.Content.ToString();
        return ClauseReader.Read(markdown);
    }
}
