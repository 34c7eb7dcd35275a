using Overeenkomst.Storage;

namespace Overeenkomst.Functions.Tests.Storage;

/// <summary>The store contract against Azure Blob Storage, as Azurite emulates it; each test gets its own container.</summary>
public sealed class BlobStoreTests(AzuriteFixture azurite) : StoreContract, IClassFixture<AzuriteFixture>
{
    protected override IStore Store { get; } = new BlobStore(azurite.Azurite.ConnectionString, "t" + Guid.NewGuid().ToString("N"));
}
