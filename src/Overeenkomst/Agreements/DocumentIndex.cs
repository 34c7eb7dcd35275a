using System.Globalization;
using Overeenkomst.Storage;

namespace Overeenkomst.Agreements;

/// <summary>
/// Finds versions by the SHA-256 of their Word file: <c>index/sha256/{hash}/{id}-{n}.json</c>, written once with each
/// version, before its .docx. An entry says only where to look; the version itself decides whether it exists.
/// </summary>
internal sealed class DocumentIndex(IStore store)
{
    private static readonly Dictionary<string, string> NoMetadata = [];

    /// <summary>Adds <paramref name="version"/>; an entry that is there already is this version's own, from an earlier attempt.</summary>
    public Task AddAsync(AgreementId id, VersionRecord version, CancellationToken cancellationToken) =>
        store.WriteAsync(AgreementLayout.DocumentHash(version.Sha256, id, version.Number),
            AgreementJson.Serialize(new IndexedVersion(id.Value, version.Number, version.Kind)), WriteCondition.CreateNew, NoMetadata, cancellationToken);

    /// <summary>The versions whose Word file has SHA-256 <paramref name="sha256"/> (lower-case hex), by the index alone.</summary>
    public async Task<IReadOnlyList<(AgreementId Id, int Number)>> FindAsync(string sha256, CancellationToken cancellationToken)
    {
        var found = new List<(AgreementId, int)>();
        await foreach (var entry in store.ListAsync(AgreementLayout.DocumentsWithHash(sha256), cancellationToken).ConfigureAwait(false))
        {
            // The entry's name is "{id}-{n}.json": both are in the path, so a listing answers without opening anything.
            if (!entry.Path.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            var name = entry.Path[(entry.Path.LastIndexOf('/') + 1)..^".json".Length];
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && AgreementId.TryParse(name[..dash], out var id)
                && int.TryParse(name.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                found.Add((id, number));
            }
        }

        return found;
    }
}

/// <summary>The content of an index entry: which version of which agreement has the hash.</summary>
/// <param name="AgreementId">The agreement.</param>
/// <param name="Version">The version's number.</param>
/// <param name="Kind">concept or definitief.</param>
internal sealed record IndexedVersion(string AgreementId, int Version, string Kind);
