using Overeenkomst.Storage;

namespace Overeenkomst.Agreements.Listing;

/// <summary>
/// Each person's index of the agreements they take part in (<see cref="AgreementLayout.PersonIndex"/>), so listing costs
/// what that person's agreements cost rather than what the store holds.
/// </summary>
/// <remarks>
/// An entry is added before the agreement write that names the person, so a write of this build is never missing from
/// the index: a write cut short leaves an entry too many, which <see cref="AgreementListing"/> leaves out and later drops.
/// Every change is conditional on the ETag last read (or on the index not existing) and is tried again on a lost race,
/// so two writers adding at once both keep their entry. People who leave an agreement are not removed here: their next
/// listing sees the agreement no longer names them.
/// </remarks>
internal sealed class PersonIndex(IStore store, TimeProvider clock)
{
    /// <summary>The version an index has once the whole store was searched for its person; raising it makes every index search again.</summary>
    public const int CurrentVersion = 1;

    // Writers racing for one index: each lost round reads it again after a random pause that grows to a quarter second,
    // so racers spread out instead of meeting again in step. Forty rounds outlast a person's thousand agreements created
    // four at a time (a test does that); one person rarely has two writes at once.
    private const int Attempts = 40;
    private const int MaxPauseMilliseconds = 250;

    private static readonly Dictionary<string, string> NoMetadata = [];

    /// <summary>The index of <paramref name="email"/> with its ETag, or null when there is none.</summary>
    /// <remarks>An index this build cannot read counts as one from before any search: the next listing searches and replaces it.</remarks>
    public async Task<Stored<PersonAgreements>?> ReadAsync(string email, CancellationToken cancellationToken)
    {
        if (await store.ReadAsync(AgreementLayout.PersonIndex(email), cancellationToken).ConfigureAwait(false) is not { } file)
        {
            return null;
        }

        try
        {
            return new(AgreementJson.Deserialize<PersonAgreements>(file.Content), file.ETag);
        }
        catch (System.Text.Json.JsonException)
        {
            return new(PersonAgreements.Unsearched, file.ETag);
        }
    }

    /// <summary>Writes <paramref name="next"/> only while the index is still <paramref name="current"/>; false on a lost race.</summary>
    public async Task<bool> ReplaceAsync(string email, Stored<PersonAgreements>? current, PersonAgreements next, CancellationToken cancellationToken) =>
        await store.WriteAsync(AgreementLayout.PersonIndex(email), AgreementJson.Serialize(next),
            current is null ? WriteCondition.CreateNew : WriteCondition.Replace(current.ETag), NoMetadata, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Adds <paramref name="id"/> to the index of each of <paramref name="people"/>; call before the write that names them.</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be reached, or an index kept changing under every attempt.</exception>
    public Task AddAsync(IReadOnlyList<string> people, AgreementId id, CancellationToken cancellationToken) =>
        people.Count == 0 ? Task.CompletedTask : Task.WhenAll(people.Select(email => AddAsync(email, id.Value, cancellationToken)));

    private async Task AddAsync(string email, string id, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var current = await ReadAsync(email, cancellationToken).ConfigureAwait(false);
            var next = (current?.Value ?? PersonAgreements.Unsearched).With([id], clock.GetUtcNow());
            if (await ReplaceAsync(email, current, next, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            await Task.Delay(Random.Shared.Next(1, Math.Min(MaxPauseMilliseconds, 4 << Math.Min(attempt, 6))), cancellationToken).ConfigureAwait(false);
        }

        throw new StoreUnavailableException(Messages.StorageUnavailableDetail);
    }
}
