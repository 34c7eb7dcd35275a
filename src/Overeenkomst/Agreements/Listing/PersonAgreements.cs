namespace Overeenkomst.Agreements.Listing;

/// <summary>What a person's index holds: the agreements they take part in, and whether the whole store was searched for them.</summary>
/// <param name="Version">
/// <see cref="PersonIndex.CurrentVersion"/> once a search of the whole store was merged in; lower (0) while only the writes
/// since then added to it, so agreements written before it may be missing.
/// </param>
/// <param name="Agreements">The agreements, each once.</param>
internal sealed record PersonAgreements(int Version, IReadOnlyList<IndexedAgreement> Agreements)
{
    /// <summary>An index that no search of the store has completed yet.</summary>
    public static PersonAgreements Unsearched { get; } = new(0, []);

    /// <summary>This index with <paramref name="ids"/> in it, added at <paramref name="since"/> (an entry already there gets the new moment).</summary>
    public PersonAgreements With(IReadOnlyCollection<string> ids, DateTimeOffset since) =>
        this with { Agreements = [.. Agreements.Where(entry => !ids.Contains(entry.Id)), .. ids.Select(id => new IndexedAgreement(id, since))] };

    /// <summary>This index without <paramref name="ids"/>.</summary>
    public PersonAgreements Without(IReadOnlySet<string> ids) =>
        this with { Agreements = [.. Agreements.Where(entry => !ids.Contains(entry.Id))] };
}

/// <summary>One agreement in a person's index.</summary>
/// <param name="Id">The agreement's id.</param>
/// <param name="Since">When the entry was written: a listing leaves a young entry alone, as its agreement may still be on its way.</param>
internal sealed record IndexedAgreement(string Id, DateTimeOffset Since);
