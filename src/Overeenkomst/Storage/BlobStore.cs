using System.Runtime.CompilerServices;
using Azure;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Overeenkomst.Storage;

/// <summary>The store in Azure Blob Storage (or Azurite): one container, a blob per file, conditions done by the service.</summary>
/// <remarks>Holds no state besides the client, so any number of handler instances can share one container.</remarks>
public sealed class BlobStore : IStore
{
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
    public async Task<string?> WriteAsync(string path, BinaryData content, WriteCondition condition,
        IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken = default)
    {
        StoragePath.Check(path);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(metadata);
        var options = new BlobUploadOptions
        {
            Metadata = BlobMetadata.Encode(metadata),
            HttpHeaders = new BlobHttpHeaders { ContentType = ContentTypes.For(path) },
            Conditions = condition.IsCreateNew
                ? new BlobRequestConditions { IfNoneMatch = ETag.All }
                : new BlobRequestConditions { IfMatch = new ETag(Quote(condition.IfMatch!)) },
        };
        try
        {
            return await UploadAsync(path, content, options, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            await CreateContainerAsync(cancellationToken).ConfigureAwait(false);
            return await UploadAsync(path, content, options, cancellationToken).ConfigureAwait(false);
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

    private async Task<string?> UploadAsync(string path, BinaryData content, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var response = await container.GetBlobClient(path).UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
            return Unquote(response.Value.ETag);
        }
        catch (RequestFailedException exception) when (IsConditionFailure(exception))
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
            using var stream = line.ToStream();
            await blob.AppendBlockAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsUnavailable(exception, cancellationToken))
        {
            throw Unavailable(exception);
        }
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
