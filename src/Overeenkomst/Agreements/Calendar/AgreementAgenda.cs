using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering.Clauses;

namespace Overeenkomst.Agreements.Calendar;

/// <summary>
/// The dates an agreement commits its parties to, from the answers a version was made from and that version's text: the
/// start, the first cohort, every milestone and evaluation moment, the last day to decide on going on
/// (<see cref="AgreementTerm.DecisionDeadline(JsonObject)"/>) and the end — each naming the article that says so.
/// </summary>
public static class AgreementAgenda
{
    /// <summary>The kinds in the order they are listed on one day.</summary>
    private static readonly string[] Order = ["start", "eerste_cohort", "mijlpaal", "evaluatie", "beslisdatum", "einde"];

    /// <summary>
    /// The events of the version with <paramref name="prepared"/> answers (as the check prepares them) and
    /// <paramref name="markdown"/> text, earliest first.
    /// </summary>
    public static IReadOnlyList<AgendaEvent> Of(JsonObject prepared, string markdown, string title, AgendaSource source)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(source);
        var clauses = ClauseReader.Read(markdown);
        string? Reference(params string[] ids) =>
            ids.Select(id => clauses.FirstOrDefault(clause => clause.Id == id)).OfType<Clause>().Select(NameOf).FirstOrDefault();

        var events = new List<AgendaEvent>();
        void Add(string key, DateOnly? date, string kind, string what, string? reference)
        {
            if (date is { } day)
            {
                events.Add(new AgendaEvent(key, day, kind, Messages.AgendaSummary(what, title),
                    Messages.AgendaDescription(what, reference, title, source.Version, source.IsFinal), reference));
            }
        }

        Add("start", AgreementTerm.Date(prepared["startdatum"]), "start", Messages.AgendaStart,
            Reference("looptijd-en-beeindiging.looptijd", "tijdpad.start"));
        Add("eerste-cohort", AgreementTerm.Date(prepared["start_eerste_cohort"]), "eerste_cohort", Messages.AgendaFirstCohort,
            Reference("tijdpad.start", "opleidingen-en-aantallen.eerste-groep"));
        foreach (var (row, index) in Rows(prepared["mijlpalen"]))
        {
            Add($"mijlpaal-{index + 1}", AgreementTerm.Date(row["datum"]), "mijlpaal", Messages.AgendaMilestone(Text(row["mijlpaal"])),
                Reference("bijlage-tijdpad", "tijdpad.mijlpalen"));
        }

        foreach (var (row, index) in Rows(prepared["evaluatiemomenten"]))
        {
            Add($"evaluatie-{index + 1}", AgreementTerm.Date(row["datum"]), "evaluatie", Messages.AgendaEvaluation(Text(row["moment"])),
                Reference("monitoring-en-evaluatie", "bijlage-tijdpad"));
        }

        var renewal = prepared["verlenging"] is JsonValue chosen && chosen.TryGetValue<string>(out var text) ? text : null;
        Add("beslisdatum", AgreementTerm.DecisionDeadline(prepared), "beslisdatum", Messages.AgendaDecision(renewal),
            Reference("looptijd-en-beeindiging.verlenging"));
        Add("einde", AgreementTerm.Date(prepared["einddatum"]), "einde", Messages.AgendaEnd, Reference("looptijd-en-beeindiging.looptijd"));
        return [.. events.OrderBy(found => found.Date).ThenBy(found => Array.IndexOf(Order, found.Kind))];
    }

    /// <summary>The first event on or after <paramref name="today"/>, or null when everything lies behind.</summary>
    public static AgendaEvent? Next(IReadOnlyList<AgendaEvent> events, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.FirstOrDefault(found => found.Date >= today);
    }

    private static IEnumerable<(JsonObject Row, int Index)> Rows(JsonNode? group)
    {
        if (group is not JsonArray rows)
        {
            yield break;
        }

        for (var index = 0; index < rows.Count; index++)
        {
            if (rows[index] is JsonObject row)
            {
                yield return (row, index);
            }
        }
    }

    private static string Text(JsonNode? value) => value is JsonValue found && found.TryGetValue<string>(out var text) ? text.Trim() : "";

    /// <summary>How a calendar entry names a clause: "artikel 9 (Tijdpad)", "lid 22.2 (…)", "Bijlage 3 (…)".</summary>
    public static string NameOf(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        return Messages.AgendaReference(ClauseWords.Of(clause.Kind, clause.Number), clause.Title);
    }
}
