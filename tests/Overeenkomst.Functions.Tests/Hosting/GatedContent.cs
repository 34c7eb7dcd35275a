using System.Net;

namespace Overeenkomst.Functions.Tests.Hosting;

/// <summary>
/// A request body sent in two halves: the second only after <see cref="Release"/>. Keeps a real request in flight for as
/// long as a test needs, without a test-only endpoint in the handler.
/// </summary>
public sealed class GatedContent : HttpContent
{
    private readonly byte[] body;
    private readonly TaskCompletionSource firstHalfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A body of <paramref name="mediaType"/>.</summary>
    public GatedContent(byte[] body, string mediaType)
    {
        this.body = body;
        Headers.ContentType = new(mediaType);
    }

    /// <summary>Completes when the first half is on the wire.</summary>
    public Task FirstHalfSent => firstHalfSent.Task;

    /// <summary>Lets the second half go.</summary>
    public void Release() => released.TrySetResult();

    /// <inheritdoc />
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    /// <inheritdoc />
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var half = body.Length / 2;
        await stream.WriteAsync(body.AsMemory(0, half), cancellationToken);
        await stream.FlushAsync(cancellationToken);
        firstHalfSent.TrySetResult();
        // A client that gives up stops waiting too, or its request would never end.
        await released.Task.WaitAsync(cancellationToken);
        await stream.WriteAsync(body.AsMemory(half), cancellationToken);
    }

    /// <inheritdoc />
    protected override bool TryComputeLength(out long length)
    {
        length = body.Length;
        return true;
    }
}
