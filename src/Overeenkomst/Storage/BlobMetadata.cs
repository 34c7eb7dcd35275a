namespace Overeenkomst.Storage;

/// <summary>Blob metadata travels as HTTP headers, which hold ASCII only: values are percent-encoded so Dutch titles survive.</summary>
internal static class BlobMetadata
{
    public static Dictionary<string, string> Encode(IReadOnlyDictionary<string, string> metadata) =>
        metadata.ToDictionary(pair => pair.Key, pair => Uri.EscapeDataString(pair.Value), StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> Decode(IDictionary<string, string>? metadata) =>
        metadata is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : metadata.ToDictionary(pair => pair.Key.ToLowerInvariant(), pair => Uri.UnescapeDataString(pair.Value), StringComparer.Ordinal);
}
