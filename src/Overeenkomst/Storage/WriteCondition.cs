using System.Diagnostics.CodeAnalysis;

namespace Overeenkomst.Storage;

/// <summary>When a write may happen: only if the file does not exist yet, or only if it is still the one last read.</summary>
/// <param name="IfMatch">The ETag the file must still have, or null for "only if it does not exist" (If-None-Match: *).</param>
public readonly record struct WriteCondition(string? IfMatch)
{
    /// <summary>Create the file; never overwrite one (versions are written this way, so they are immutable).</summary>
    public static WriteCondition CreateNew => new(null);

    /// <summary>Replace the file only while it still has <paramref name="etag"/> (optimistic concurrency).</summary>
    public static WriteCondition Replace(string etag)
    {
        ArgumentException.ThrowIfNullOrEmpty(etag);
        return new(etag);
    }

    /// <summary>True for <see cref="CreateNew"/>; false when there is an ETag to match.</summary>
    [MemberNotNullWhen(false, nameof(IfMatch))]
    public bool IsCreateNew => IfMatch is null;
}
