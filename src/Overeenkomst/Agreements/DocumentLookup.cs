using Overeenkomst.Storage;

namespace Overeenkomst.Agreements;

/// <summary>
/// Says which version a Word file is, from its SHA-256 — to the participants of that agreement only. To anyone else a
/// stored file looks exactly like one this product never made.
/// </summary>
public sealed class DocumentLookup
{
    private readonly DocumentIndex index;
    private readonly AgreementArchive agreements;
    private readonly VersionArchive versions;

    /// <summary>Creates the lookup over the index in <paramref name="store"/>.</summary>
    public DocumentLookup(IStore store, AgreementArchive agreements, VersionArchive versions)
    {
        index = new DocumentIndex(store);
        this.agreements = agreements;
        this.versions = versions;
    }

    /// <summary>
    /// The version whose Word file has <paramref name="sha256"/> (lower-case hex) in an agreement <paramref name="email"/>
    /// takes part in, or null. A definitief file counts only as the final its agreement names.
    /// </summary>
    public async Task<FoundDocument?> FindAsync(string sha256, string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        foreach (var (id, number) in await index.FindAsync(sha256, cancellationToken).ConfigureAwait(false))
        {
            if (await agreements.ReadAsync(id, cancellationToken).ConfigureAwait(false) is not { } agreement
                || Participation.Of(agreement.Value, email) is null)
            {
                continue;
            }

            // The entry is written before the .docx: only a version that exists with this hash is an answer.
            var version = (await versions.ListAsync(id, cancellationToken).ConfigureAwait(false)).FirstOrDefault(v => v.Number == number);
            if (version is null || version.Sha256 != sha256
                || (version.Kind == VersionRecord.Definitief && agreement.Value.FinalVersion != number))
            {
                continue;
            }

            return new FoundDocument(id.Value, number, version.Kind);
        }

        return null;
    }
}

/// <summary>A Word file recognised as a stored version.</summary>
/// <param name="AgreementId">The agreement it belongs to.</param>
/// <param name="Version">Its version number.</param>
/// <param name="Kind">concept or definitief.</param>
public sealed record FoundDocument(string AgreementId, int Version, string Kind);
