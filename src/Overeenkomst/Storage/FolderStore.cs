using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace Overeenkomst.Storage;

/// <summary>
/// The store in a local folder, with the same layout as the blob container: the default when no connection string is set,
/// so the product runs on a bare machine.
/// </summary>
/// <remarks>
/// Writes go to a temporary file that is then renamed over the target, so a crash never leaves half a file. The ETag is
/// a hash of the content. Conditional writes take an exclusive lock file per folder, which other processes on the same
/// machine respect too; metadata sits beside each file in a hidden <c>.{name}.meta</c> file.
/// </remarks>
public sealed class FolderStore : IStore
{
    private const string LockFile = ".lock";
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    private readonly string root;

    /// <summary>Opens the folder <paramref name="root"/>; it is created on the first write.</summary>
    public FolderStore(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        this.root = Path.GetFullPath(root);
    }

    /// <inheritdoc />
    public async Task<StoredFile?> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = Resolve(path);
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        return new StoredFile(new BinaryData(content), ETagOf(content), await MetadataOfAsync(file, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>?> ReadMetadataAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = Resolve(path);
        return File.Exists(file) ? await MetadataOfAsync(file, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <inheritdoc />
    public async Task<string?> WriteAsync(string path, BinaryData content, WriteCondition condition,
        IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(metadata);
        var file = Resolve(path);
        var directory = DirectoryOf(file);
        Directory.CreateDirectory(directory);
        await using var held = await LockAsync(directory, cancellationToken).ConfigureAwait(false);

        if (!await ConditionHoldsAsync(file, condition, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        // Metadata first, content last: the content's rename is the moment the write happens. A new file is moved in
        // without overwriting, so even a writer that ignored the lock could not replace a version.
        await MoveInAsync(MetadataFile(file), JsonSerializer.SerializeToUtf8Bytes(metadata), overwrite: true, cancellationToken).ConfigureAwait(false);
        try
        {
            await MoveInAsync(file, content.ToMemory(), overwrite: !condition.IsCreateNew, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException) when (condition.IsCreateNew && File.Exists(file))
        {
            return null;
        }

        return ETagOf(content.ToMemory().Span);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StoragePath.Check(prefix, prefix: true);
        var start = Path.Combine(root, prefix[..(prefix.LastIndexOf('/') + 1)]);
        if (!Directory.Exists(start))
        {
            yield break;
        }

        var files = Directory.EnumerateFiles(start, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 });
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (Path.GetFileName(file).StartsWith('.') || !relative.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            yield return new StoredEntry(relative, await MetadataOfAsync(file, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <inheritdoc />
    public async Task AppendAsync(string path, BinaryData line, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(line);
        var file = Resolve(path);
        var directory = DirectoryOf(file);
        Directory.CreateDirectory(directory);
        await using var held = await LockAsync(directory, cancellationToken).ConfigureAwait(false);
        var stream = new FileStream(file, FileMode.Append, FileAccess.Write, FileShare.Read);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(line.ToMemory(), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private string Resolve(string path)
    {
        StoragePath.Check(path);
        return Path.Combine(root, path.Replace('/', Path.DirectorySeparatorChar));
    }

    // Every file lies in a folder under the root (Resolve makes it so); only a root of a drive has no folder.
    private static string DirectoryOf(string file) =>
        Path.GetDirectoryName(file) ?? throw new ArgumentException($"'{file}' is not a file in a folder.", nameof(file));

    private static async Task<bool> ConditionHoldsAsync(string file, WriteCondition condition, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            return condition.IsCreateNew;
        }

        if (condition.IsCreateNew)
        {
            return false;
        }

        var current = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        return ETagOf(current) == condition.IfMatch;
    }

    private static async Task MoveInAsync(string file, ReadOnlyMemory<byte> content, bool overwrite, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(DirectoryOf(file), $".{Path.GetFileName(file)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, file, overwrite);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static async Task<IReadOnlyDictionary<string, string>> MetadataOfAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var stream = File.OpenRead(MetadataFile(file));
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync<Dictionary<string, string>>(stream, cancellationToken: cancellationToken).ConfigureAwait(false)
                    ?? new Dictionary<string, string>(StringComparer.Ordinal);
            }
        }
        catch (FileNotFoundException)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }
    }

    private static string MetadataFile(string file) => Path.Combine(DirectoryOf(file), $".{Path.GetFileName(file)}.meta");

    private static string ETagOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content))[..32];

    // FileShare.None is an exclusive lock on Linux and Windows alike, between threads and between processes.
    private static async Task<FileStream> LockAsync(string directory, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(Path.Combine(directory, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(Random.Shared.Next(2, 15), cancellationToken).ConfigureAwait(false);
            }
            catch (IOException exception)
            {
                throw new StoreUnavailableException(Messages.StorageUnavailableDetail, exception);
            }
        }
    }
}
