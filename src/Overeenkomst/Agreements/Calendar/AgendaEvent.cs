namespace Overeenkomst.Agreements.Calendar;

/// <summary>One date in an agreement's calendar: a whole day, what happens then, and the article that says so.</summary>
/// <param name="Key">Stable within the agreement ("start", "mijlpaal-2"): with the agreement's id it makes the event's UID.</param>
/// <param name="Date">The day.</param>
/// <param name="Kind">start, eerste_cohort, mijlpaal, evaluatie, beslisdatum or einde.</param>
/// <param name="Summary">What happens, in Dutch, as a calendar shows it.</param>
/// <param name="Description">The same with the article it comes from, in Dutch.</param>
/// <param name="Reference">The article, member or annex that names the date ("lid 22.2 (Looptijd en beëindiging)"), or null when the text has none.</param>
public sealed record AgendaEvent(string Key, DateOnly Date, string Kind, string Summary, string Description, string? Reference);
