namespace Overeenkomst.Storage;

/// <summary>
/// Where agreements are kept: files under paths such as <c>{id}/agreement.json</c>, each with an ETag and a little
/// metadata. Azure Blob Storage in production (<see cref="BlobStore"/>), a folder when nothing is configured (<see cref="FolderStore"/>).
/// </summary>
/// <remarks>
/// Every write is conditional, so two handler instances can never overwrite each other's work; the layout above this
/// interface lives in Agreements/AgreementLayout.cs.
/// </remarks>
public interface IStore
{
    /// <summary>Reads a file with its ETag and metadata, or null when it does not exist.</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be reached.</exception>
    Task<StoredFile?> ReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Reads only a file's metadata, without its content, or null when it does not exist.</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be reached.</exception>
    Task<IReadOnlyDictionary<string, string>?> ReadMetadataAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Writes a whole file when <paramref name="condition"/> holds; returns its new ETag, or null when it did not hold.</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be reached; the file is as it was.</exception>
    Task<string?> WriteAsync(string path, BinaryData content, WriteCondition condition,
        IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default);

    /// <summary>Lists the files whose path starts with <paramref name="prefix"/>, with their metadata, without reading their content.</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be reached.</exception>
    IAsyncEnumerable<StoredEntry> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Appends a line to an append-only file, creating it when needed.</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be reached.</exception>
    Task AppendAsync(string path, BinaryData line, CancellationToken cancellationToken = default);
}
