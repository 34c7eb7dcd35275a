namespace Overeenkomst.Agreements.Calendar;

/// <summary>Which version the calendar is read from: the final, or before there is one the latest draft.</summary>
/// <param name="Version">Its number.</param>
/// <param name="IsFinal">Whether it is the final.</param>
/// <param name="CreatedAt">When it was made: the calendar's DTSTAMP, so the same version always gives the same file.</param>
public sealed record AgendaSource(int Version, bool IsFinal, DateTimeOffset CreatedAt);
