using Overeenkomst.Storage;

namespace Overeenkomst.Agreements;

/// <summary>
/// Keeps what reviewers said, append-only, in <c>{id}/reviews.jsonl</c> (an append blob in Azure): a review is never
/// edited or removed, and a comment does not touch <c>agreement.json</c>, so it never makes an editor's ETag stale.
/// </summary>
/// <remarks>
/// Requests for changes and approvals also change the lifecycle's state; that happens first, in <c>agreement.json</c>
/// (<see cref="AgreementArchive.TransitionAsync"/>), and only a step that succeeded is appended here.
/// </remarks>
public sealed class ReviewArchive(IStore store)
{
    /// <summary>Appends <paramref name="review"/>.</summary>
    public Task AddAsync(AgreementId id, Review review, CancellationToken cancellationToken = default) =>
        store.AppendAsync(AgreementLayout.Reviews(id), AgreementJson.SerializeLine(review), cancellationToken);

    /// <summary>Every review, oldest first; empty when there are none.</summary>
    public async Task<IReadOnlyList<Review>> ListAsync(AgreementId id, CancellationToken cancellationToken = default) =>
        await store.ReadAsync(AgreementLayout.Reviews(id), cancellationToken).ConfigureAwait(false) is { } file
            ? AgreementJson.DeserializeLines<Review>(file.Content)
            : [];
}
