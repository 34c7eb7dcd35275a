namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>The agreements API against a local folder, the default without a connection string.</summary>
public sealed class AgreementsApiOnFolderTests : AgreementsApiContract
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-api-");

    protected override Type ExpectedStore => typeof(Overeenkomst.Storage.FolderStore);

    protected override IReadOnlyDictionary<string, string> StorageSettings => AgreementsHost.Folder(folder.FullName);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        folder.Delete(recursive: true);
    }
}
