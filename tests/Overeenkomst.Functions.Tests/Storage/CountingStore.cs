using System.Runtime.CompilerServices;
using Overeenkomst.Storage;

namespace Overeenkomst.Functions.Tests.Storage;

/// <summary>A store that counts the files read and can fail on a chosen write or on appends, to see what the code above it does.</summary>
public sealed class CountingStore(IStore inner) : IStore
{
    private int reads;
    private int writes;
    private int metadataReads;

    /// <summary>How many files were read.</summary>
    public int Reads => reads;

    /// <summary>How many files' metadata alone was read.</summary>
    public int MetadataReads => metadataReads;

    /// <summary>How many writes were asked for.</summary>
    public int Writes => writes;

    /// <summary>The write (1-based) that fails as an unreachable store would; 0 for none.</summary>
    public int FailOnWrite { get; set; }

    /// <summary>Every file to be made new is found taken already, as if another writer always came first.</summary>
    public bool EveryNewFileTaken { get; set; }

    /// <summary>Every append fails as an unreachable store would.</summary>
    public bool FailAppends { get; set; }

    /// <inheritdoc />
    public Task<StoredFile?> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref reads);
        return inner.ReadAsync(path, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>?> ReadMetadataAsync(string path, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref metadataReads);
        return inner.ReadMetadataAsync(path, cancellationToken);
    }

    /// <inheritdoc />
    public Task<string?> WriteAsync(string path, BinaryData content, WriteCondition condition,
        IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default) =>
        Interlocked.Increment(ref writes) == FailOnWrite ? throw new StoreUnavailableException()
        : EveryNewFileTaken && condition.IsCreateNew ? Task.FromResult<string?>(null)
        : inner.WriteAsync(path, content, condition, metadata, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entry in inner.ListAsync(prefix, cancellationToken))
        {
            yield return entry;
        }
    }

    /// <inheritdoc />
    public Task AppendAsync(string path, BinaryData line, CancellationToken cancellationToken = default) =>
        FailAppends ? throw new StoreUnavailableException() : inner.AppendAsync(path, line, cancellationToken);
}
