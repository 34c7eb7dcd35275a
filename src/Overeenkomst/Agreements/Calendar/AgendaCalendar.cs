using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Overeenkomst.Agreements.Calendar;

/// <summary>
/// An agreement's events as an iCalendar file (RFC 5545), written by Ical.Net: one all-day VEVENT per date, with a UID
/// that stays the same for the same date of the same agreement, so a calendar that imports it again updates instead of doubling.
/// </summary>
public static class AgendaCalendar
{
    /// <summary>The media type of an .ics file.</summary>
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The calendar of agreement <paramref name="agreementId"/> with <paramref name="events"/>.</summary>
    public static string Write(string agreementId, string title, IReadOnlyList<AgendaEvent> events, AgendaSource? source)
    {
        ArgumentNullException.ThrowIfNull(events);
        var calendar = new Ical.Net.Calendar { ProductId = "-//Overeenkomst//Samenwerkingsovereenkomst//NL" };
        calendar.AddProperty("X-WR-CALNAME", Messages.AgendaName(title));
        // DTSTAMP is when the information was made: the version's moment, so the same version gives the same file.
        var stamp = new CalDateTime((source?.CreatedAt ?? DateTimeOffset.UnixEpoch).UtcDateTime);
        foreach (var found in events)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{agreementId}-{found.Key}@overeenkomst",
                Summary = found.Summary,
                Description = found.Description,
                DtStart = new CalDateTime(found.Date),
                DtEnd = new CalDateTime(found.Date.AddDays(1)),
                DtStamp = stamp,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
