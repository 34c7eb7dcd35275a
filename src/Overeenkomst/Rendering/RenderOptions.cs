namespace Overeenkomst.Rendering;

/// <summary>What kind of document a render produces, and the facts of the version it becomes.</summary>
/// <param name="Kind">A draft carries the CONCEPT marking on every page; a final does not.</param>
/// <param name="Version">The version number, or null for a preview that is not stored.</param>
/// <param name="CreatedAt">
/// When the version was made; the document's dates come from here, never from the clock. Null for a render that is
/// not a stored version: its file then carries no dates, so the same answers always give the same bytes.
/// </param>
/// <param name="CreatedBy">Who made it.</param>
public sealed record RenderOptions(DocumentKind Kind, int? Version, DateTimeOffset? CreatedAt, string CreatedBy)
{
    /// <summary>The jurists' texts that replace what the templates write, by clause id (<see cref="Clauses.ClauseIds"/>); empty for none.</summary>
    public IReadOnlyDictionary<string, string> Edits { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A draft that becomes version <paramref name="version"/>.</summary>
    public static RenderOptions Draft(int version, DateTimeOffset? createdAt, string createdBy) =>
        new(DocumentKind.Draft, version, createdAt, createdBy);

    /// <summary>A draft that is looked at and not stored: no version number and no dates.</summary>
    public static RenderOptions Preview(string createdBy) => new(DocumentKind.Draft, null, null, createdBy);

    /// <summary>The final version <paramref name="version"/>: no marking.</summary>
    public static RenderOptions Final(int version, DateTimeOffset? createdAt, string createdBy) =>
        new(DocumentKind.Final, version, createdAt, createdBy);

    /// <summary>The marking on every page: "CONCEPT — versie 3", "CONCEPT — niet opgeslagen", or null for a final.</summary>
    public string? Marking => Kind switch
    {
        DocumentKind.Final => null,
        _ when Version is { } number => Messages.DraftMarking(number),
        _ => Messages.DraftMarkingUnsaved,
    };
}

/// <summary>Draft (concept) or final (definitief).</summary>
public enum DocumentKind
{
    /// <summary>A concept: marked on every page.</summary>
    Draft,

    /// <summary>Definitief: the version that is signed.</summary>
    Final,
}
