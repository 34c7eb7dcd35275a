namespace Overeenkomst.Storage;

/// <summary>Blob metadata travels as HTTP headers, which hold ASCII only: values are percent-encoded so Dutch titles survive.</summary>
internal static class BlobMetadata
{
    /// <summary>
    /// The id of the write that made the blob, kept beside the caller's metadata: when a write's answer is lost and the
    /// client's retry meets the blob, this says whether it is our own write (see <see cref="BlobStore"/>).
    /// </summary>
    public const string WriteId = "writeid";

    public static Dictionary<string, string> Encode(IReadOnlyDictionary<string, string> metadata, string writeId)
    {
        var encoded = metadata.ToDictionary(pair => pair.Key, pair => Uri.EscapeDataString(pair.Value), StringComparer.Ordinal);
        encoded[WriteId] = writeId;
        return encoded;
    }

    /// <summary>The write id among a blob's metadata as the service returns it, or null.</summary>
    public static string? WriteIdOf(IDictionary<string, string>? metadata) =>
        metadata?.FirstOrDefault(pair => string.Equals(pair.Key, WriteId, StringComparison.OrdinalIgnoreCase)).Value;

    public static IReadOnlyDictionary<string, string> Decode(IDictionary<string, string>? metadata) =>
        metadata is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : metadata.Where(pair => !string.Equals(pair.Key, WriteId, StringComparison.OrdinalIgnoreCase))
                .ToDictionary(pair => pair.Key.ToLowerInvariant(), pair => Uri.UnescapeDataString(pair.Value), StringComparer.Ordinal);
}
