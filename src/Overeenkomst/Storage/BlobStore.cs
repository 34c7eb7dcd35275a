using System.Runtime.CompilerServices;
using Azure;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Overeenkomst.Storage;

/// <summary>The store in Azure Blob Storage (or Azurite): one container, a blob per file, conditions done by the service.</summary>
/// <remarks>
/// Holds no state besides the client, so any number of handler instances can share one container.
/// <para>
/// Retries tell the truth. When the service commits a write but its answer is lost on the way, the client sends the write
/// again, and the retry meets the blob the first attempt made: a conditional write fails (409 or 412), an append would go
/// in twice. So every write carries an id of its own in the blob's metadata, and a failed condition is checked against it:
/// the blob it met is our own write, which succeeded. Appends are made at the position the blob had, and a refused
/// position is checked for our own line.
/// </para>
/// </remarks>
public sealed class BlobStore : IStore
{
    // Appenders that keep meeting each other's lines; each round reads the length again.
    private const int AppendAttempts = 20;

    private readonly BlobContainerClient container;

    /// <summary>Opens <paramref name="containerName"/> in the account of <paramref name="connectionString"/>; the container is created on first write.</summary>
    public BlobStore(string connectionString, string containerName)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentException.ThrowIfNullOrEmpty(containerName);
        container = new BlobContainerClient(connectionString, containerName, ClientOptions());
    }

    /// <inheritdoc />
    public async Task<StoredFile?> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        StoragePath.Check(path);
        try
        {
            var result = (await container.GetBlobClient(path).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
            return new StoredFile(result.Content, Unquote(result.Details.ETag), BlobMetadata.Decode(result.Details.Metadata));
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
        catch (Exception exception) when (IsUnavailable(exception, cancellationToken))
        {
            throw Unavailable(exception);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>?> ReadMetadataAsync(string path, CancellationToken cancellationToken = default)
    {
        StoragePath.Check(path);
        try
        {
            var properties = (await container.GetBlobClient(path).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return BlobMetadata.Decode(properties.Metadata);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
        catch (Exception exception) when (IsUnavailable(exception, cancellationToken))
        {
            throw Unavailable(exception);
        }
    }

    /// <inheritdoc />
    public async Task<string?> WriteAsync(string path, BinaryData content, WriteCondition condition,
        IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        StoragePath.Check(path);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(metadata);
        var writeId = Guid.NewGuid().ToString("N");
        var options = new BlobUploadOptions
        {
            Metadata = BlobMetadata.Encode(metadata, writeId),
            HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.For(path) },
            Conditions = condition.IsCreateNew
                ? new BlobRequestConditions { IfNoneMatch = ETag.All }
                : new BlobRequestConditions { IfMatch = new ETag(Quote(condition.IfMatch)) },
        };
        try
        {
            return await UploadAsync(path, content, options, writeId, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            await CreateContainerAsync(cancellationToken).ConfigureAwait(false);
            return await UploadAsync(path, content, options, writeId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StoragePath.Check(prefix, prefix: true);
        var options = new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = prefix.Length == 0 ? null : prefix };
        await using var pages = container.GetBlobsAsync(options, cancellationToken).AsPages().GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            Page<BlobItem> page;
            try
            {
                if (!await pages.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }

                page = pages.Current;
            }
            catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                yield break;
            }
            catch (Exception exception) when (IsUnavailable(exception, cancellationToken))
            {
                throw Unavailable(exception);
            }

            foreach (var item in page.Values)
            {
                yield return new StoredEntry(item.Name, BlobMetadata.Decode(item.Metadata));
            }
        }
    }

    /// <inheritdoc />
    public async Task AppendAsync(string path, BinaryData line, CancellationToken cancellationToken = default)
    {
        StoragePath.Check(path);
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            await AppendOnceAsync(path, line, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            await CreateContainerAsync(cancellationToken).ConfigureAwait(false);
            await AppendOnceAsync(path, line, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<string?> UploadAsync(string path, BinaryData content, BlobUploadOptions options, string writeId,
        CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(path);
        try
        {
            var response = await blob.UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
            return Unquote(response.Value.ETag);
        }
        catch (RequestFailedException exception) when (IsConditionFailure(exception))
        {
            return await OwnWriteAsync(blob, writeId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsUnavailable(exception, cancellationToken))
        {
            throw Unavailable(exception);
        }
    }

    // The ETag of the blob when our write made it (a retry met it), or null when another write did.
    private static async Task<string?> OwnWriteAsync(BlobClient blob, string writeId, CancellationToken cancellationToken)
    {
        try
        {
            var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return BlobMetadata.WriteIdOf(properties.Metadata) == writeId ? Unquote(properties.ETag) : null;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
        catch (Exception exception) when (IsUnavailable(exception, cancellationToken))
        {
            throw Unavailable(exception);
        }
    }

    private async Task AppendOnceAsync(string path, BinaryData line, CancellationToken cancellationToken)
    {
        var blob = container.GetAppendBlobClient(path);
        try
        {
            var create = new AppendBlobCreateOptions { HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.For(path) } };
            await blob.CreateIfNotExistsAsync(create, cancellationToken).ConfigureAwait(false);
            for (var attempt = 1; ; attempt++)
            {
                var position = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.ContentLength;
                try
                {
                    using var stream = line.ToStream();
                    var at = new AppendBlobAppendBlockOptions { Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = position } };
                    await blob.AppendBlockAsync(stream, at, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (RequestFailedException exception) when (exception.Status == 412 && attempt < AppendAttempts)
                {
                    // Another line went in at this position first — or ours did, and only the answer to it was lost.
                    if (await HoldsAtAsync(blob, position, line, cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }
                }
            }
        }
        catch (Exception exception) when (IsUnavailable(exception, cancellationToken))
        {
            throw Unavailable(exception);
        }
    }

    private static async Task<bool> HoldsAtAsync(AppendBlobClient blob, long position, BinaryData line, CancellationToken cancellationToken)
    {
        var range = new BlobDownloadOptions { Range = new HttpRange(position, line.ToMemory().Length) };
        var found = (await blob.DownloadContentAsync(range, cancellationToken).ConfigureAwait(false)).Value.Content;
        return found.ToMemory().Span.SequenceEqual(line.ToMemory().Span);
    }

    private async Task CreateContainerAsync(CancellationToken cancellationToken)
    {
        try
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsUnavailable(exception, cancellationToken))
        {
            throw Unavailable(exception);
        }
    }

    // 409 BlobAlreadyExists answers If-None-Match: * on an existing blob; 412 a stale If-Match; 404 an If-Match on a blob that is gone.
    private static bool IsConditionFailure(RequestFailedException exception) =>
        exception.Status is 409 or 412 || exception.ErrorCode == BlobErrorCode.BlobNotFound;

    // After the client's own retries: no answer at all, a server error, or a timeout that the caller did not ask for.
    private static bool IsUnavailable(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or >= 500,
        AggregateException or HttpRequestException or IOException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static StoreUnavailableException Unavailable(Exception exception) => new(Messages.StorageUnavailableDetail, exception);

    // A short, bounded retry: a person is waiting, and a 503 with Retry-After tells them to try again.
    private static BlobClientOptions ClientOptions()
    {
        var options = new BlobClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(300);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(3);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(20);
        return options;
    }

    private static string Unquote(ETag etag) => etag.ToString().Trim('"');

    private static string Quote(string etag) => $"\"{etag}\"";
}
