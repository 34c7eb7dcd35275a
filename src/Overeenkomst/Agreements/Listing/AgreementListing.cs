using Overeenkomst.Storage;

namespace Overeenkomst.Agreements.Listing;

/// <summary>
/// The agreements a person takes part in, from their index: one read for the index and one metadata read per agreement
/// in it, whatever else the store holds. No agreement's content is opened: titles, statuses and who takes part are in
/// each <c>agreement.json</c>'s metadata.
/// </summary>
/// <remarks>
/// Repaired as it is read. An agreement that no longer names the person (they were removed, or the write that was to
/// name them never happened) is left out at once and dropped from the index once its entry has settled. A person
/// without an index, or with one no search of the store has completed (written by writes alone, or by an older build),
/// gets one search of the whole store, as every listing did before; from then on their index is complete.
/// </remarks>
internal sealed class AgreementListing(IStore store, PersonIndex index, TimeProvider clock)
{
    // A write adds its entry just before it writes the agreement, so a young entry may name an agreement still on its
    // way: it is left in the index. Five minutes is far longer than a write with all its retries takes (about a minute).
    private static readonly TimeSpan Settling = TimeSpan.FromMinutes(5);

    // Metadata reads at a time: enough to hide the round trips, few enough not to flood the store for a busy person.
    private const int AtATime = 16;

    /// <summary>The agreements <paramref name="email"/> takes part in (or signs), last changed first.</summary>
    public async Task<IReadOnlyList<AgreementSummary>> ListAsync(string email, CancellationToken cancellationToken)
    {
        var current = await index.ReadAsync(email, cancellationToken).ConfigureAwait(false);
        var summaries = current is { Value.Version: >= PersonIndex.CurrentVersion }
            ? await FromIndexAsync(email, current, cancellationToken).ConfigureAwait(false)
            : await SearchAsync(email, current, cancellationToken).ConfigureAwait(false);
        return [.. summaries.OrderByDescending(summary => summary.UpdatedAt).ThenBy(summary => summary.Id, StringComparer.Ordinal)];
    }

    private async Task<IReadOnlyList<AgreementSummary>> FromIndexAsync(string email, Stored<PersonAgreements> current, CancellationToken cancellationToken)
    {
        var entries = current.Value.Agreements;
        var summaries = new AgreementSummary?[entries.Count];
        await Parallel.ForAsync(0, entries.Count, new ParallelOptions { MaxDegreeOfParallelism = AtATime, CancellationToken = cancellationToken },
            async (i, token) => summaries[i] = await SummaryAsync(entries[i].Id, email, token).ConfigureAwait(false)).ConfigureAwait(false);

        var settled = clock.GetUtcNow() - Settling;
        var gone = entries.Where((entry, i) => summaries[i] is null && entry.Since < settled).Select(entry => entry.Id).ToHashSet(StringComparer.Ordinal);
        if (gone.Count > 0)
        {
            // Conditional on the index as read: a writer that added meanwhile wins, and the next listing drops these.
            await index.ReplaceAsync(email, current, current.Value.Without(gone), cancellationToken).ConfigureAwait(false);
        }

        return [.. summaries.OfType<AgreementSummary>()];
    }

    // The agreement as its metadata shows it, when it exists and names the person.
    private async Task<AgreementSummary?> SummaryAsync(string id, string email, CancellationToken cancellationToken) =>
        AgreementId.TryParse(id, out var agreementId)
            && await store.ReadMetadataAsync(AgreementLayout.Agreement(agreementId), cancellationToken).ConfigureAwait(false) is { } metadata
            && StoredMetadata.Names(metadata, email)
            ? StoredMetadata.Summary(agreementId, metadata)
            : null;

    // The whole store, once per person: what every listing did before the indexes, and what finds the agreements written
    // before them. The index was read first, so an entry a writer adds during the search makes the write below lose its
    // race; it then merges with the index as it is now, without searching again.
    private async Task<IReadOnlyList<AgreementSummary>> SearchAsync(string email, Stored<PersonAgreements>? current, CancellationToken cancellationToken)
    {
        var found = new List<AgreementSummary>();
        await foreach (var entry in store.ListAsync("", cancellationToken).ConfigureAwait(false))
        {
            if (AgreementLayout.AgreementIdOf(entry.Path) is { } id && StoredMetadata.Summary(id, entry.Metadata) is { } summary
                && StoredMetadata.Names(entry.Metadata, email))
            {
                found.Add(summary);
            }
        }

        var ids = found.Select(summary => summary.Id).ToList();
        var now = clock.GetUtcNow();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var complete = (current?.Value ?? PersonAgreements.Unsearched).With(ids, now) with { Version = PersonIndex.CurrentVersion };
            if (await index.ReplaceAsync(email, current, complete, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            current = await index.ReadAsync(email, cancellationToken).ConfigureAwait(false);
        }

        // Had every round been lost, the index stays unsearched and the next listing searches again: nothing is missed.
        return found;
    }
}
