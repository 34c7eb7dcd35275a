namespace Overeenkomst.Storage;

/// <summary>Where agreements are kept: Azure Blob Storage when a connection string is set, otherwise a local folder.</summary>
public sealed record StorageOptions
{
    /// <summary>The configuration section (<c>Storage:ConnectionString</c>, environment <c>Storage__ConnectionString</c>).</summary>
    public const string Section = "Storage";

    /// <summary>An Azure Storage connection string (Azurite locally); when empty, <see cref="LocalPath"/> is used.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The blob container.</summary>
    public string Container { get; init; } = "overeenkomsten";

    /// <summary>The folder used without a connection string; the container is a folder inside it, created on first use.</summary>
    public string LocalPath { get; init; } = "./data";

    /// <summary>Opens the store these options describe.</summary>
    public IStore Open() => string.IsNullOrWhiteSpace(ConnectionString)
        ? new FolderStore(Path.Combine(LocalPath, Container))
        : new BlobStore(ConnectionString, Container);
}
