using Overeenkomst.Storage;

namespace Overeenkomst.Functions.Tests.Storage;

/// <summary>The store contract against a local folder, plus what only a folder can get wrong.</summary>
public sealed class FolderStoreTests : StoreContract, IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-store-");

    public FolderStoreTests() => Store = new FolderStore(Path.Combine(folder.FullName, "overeenkomsten"));

    protected override IStore Store { get; }

    [Fact]
    public async Task A_write_leaves_no_temporary_file_behind()
    {
        var etag = await Store.WriteAsync("a/agreement.json", BinaryData.FromString("1"), WriteCondition.CreateNew, new Dictionary<string, string>());
        await Store.WriteAsync("a/agreement.json", BinaryData.FromString("2"), WriteCondition.Replace(etag!), new Dictionary<string, string>());

        var files = Directory.EnumerateFiles(folder.FullName, "*", SearchOption.AllDirectories).Select(Path.GetFileName);

        Assert.DoesNotContain(files, name => name!.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_folder_is_created_on_first_use()
    {
        var store = new FolderStore(Path.Combine(folder.FullName, "not", "yet", "there"));

        Assert.Null(await store.ReadAsync("a/agreement.json"));
        Assert.NotNull(await store.WriteAsync("a/agreement.json", BinaryData.FromString("1"), WriteCondition.CreateNew, new Dictionary<string, string>()));
        Assert.True(File.Exists(Path.Combine(folder.FullName, "not", "yet", "there", "a", "agreement.json")));
    }

    public void Dispose() => folder.Delete(recursive: true);
}
