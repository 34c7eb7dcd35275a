namespace Overeenkomst.Storage;

/// <summary>A file read from the store.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="ETag">Changes whenever the file does: pass it back in <see cref="WriteCondition.Replace"/>.</param>
/// <param name="Metadata">Small facts kept beside the content, readable when listing.</param>
public sealed record StoredFile(BinaryData Content, string ETag, IReadOnlyDictionary<string, string> Metadata);

/// <summary>A file as a listing shows it: its path and metadata, never its content.</summary>
/// <param name="Path">The path, such as <c>{id}/agreement.json</c>.</param>
/// <param name="Metadata">The metadata it was written with.</param>
public sealed record StoredEntry(string Path, IReadOnlyDictionary<string, string> Metadata);
