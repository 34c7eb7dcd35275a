using Overeenkomst.Functions.Tests.Storage;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>The agreements API against Azure Blob Storage as Azurite emulates it; each test has its own container.</summary>
public sealed class AgreementsApiOnAzuriteTests(AzuriteFixture azurite) : AgreementsApiContract, IClassFixture<AzuriteFixture>
{
    protected override Type ExpectedStore => typeof(Overeenkomst.Storage.BlobStore);

    protected override IReadOnlyDictionary<string, string> StorageSettings { get; } = AgreementsHost.Blob(azurite.Azurite.ConnectionString);
}
