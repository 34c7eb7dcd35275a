using Overeenkomst.Storage;

namespace Overeenkomst.Functions.Tests.Storage;

/// <summary>What every store promises; run against Azurite and against a local folder.</summary>
public abstract class StoreContract
{
    private static readonly Dictionary<string, string> NoMetadata = [];

    /// <summary>The store under test, empty at the start of each test.</summary>
    protected abstract IStore Store { get; }

    [Fact]
    public async Task A_new_file_reads_back_with_its_content_ETag_and_metadata()
    {
        var metadata = new Dictionary<string, string> { ["title"] = "Leerafdeling Zorg & Welzijn — één", ["status"] = "concept" };

        var etag = await Store.WriteAsync("a/agreement.json", BinaryData.FromString("{\"x\":1}"), WriteCondition.CreateNew, metadata);
        var file = await Store.ReadAsync("a/agreement.json");

        Assert.NotNull(etag);
        Assert.NotNull(file);
        Assert.Equal("{\"x\":1}", file.Content.ToString());
        Assert.Equal(etag, file.ETag);
        Assert.Equal(metadata, file.Metadata);
    }

    [Fact]
    public async Task A_file_that_does_not_exist_reads_as_null()
    {
        Assert.Null(await Store.ReadAsync("nothing/here.json"));
    }

    [Fact]
    public async Task A_files_metadata_reads_alone_and_a_missing_file_has_none()
    {
        var metadata = new Dictionary<string, string> { ["title"] = "Leerafdeling Zorg & Welzijn — één", ["status"] = "concept" };
        await Store.WriteAsync("a/agreement.json", BinaryData.FromString("{\"x\":1}"), WriteCondition.CreateNew, metadata);

        Assert.Equal(metadata, await Store.ReadMetadataAsync("a/agreement.json"));
        Assert.Null(await Store.ReadMetadataAsync("nothing/here.json"));
    }

    [Fact]
    public async Task Creating_a_file_that_exists_fails_and_keeps_the_first()
    {
        await Store.WriteAsync("v/1.docx", BinaryData.FromString("first"), WriteCondition.CreateNew, NoMetadata);

        var second = await Store.WriteAsync("v/1.docx", BinaryData.FromString("second"), WriteCondition.CreateNew, NoMetadata);

        Assert.Null(second);
        Assert.Equal("first", (await Store.ReadAsync("v/1.docx"))!.Content.ToString());
    }

    [Fact]
    public async Task Replacing_with_the_current_ETag_writes_and_changes_the_ETag()
    {
        var first = await Store.WriteAsync("a/agreement.json", BinaryData.FromString("1"), WriteCondition.CreateNew, NoMetadata);

        var second = await Store.WriteAsync("a/agreement.json", BinaryData.FromString("2"), WriteCondition.Replace(first!),
            new Dictionary<string, string> { ["status"] = "concept" });

        var file = await Store.ReadAsync("a/agreement.json");
        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        Assert.Equal("2", file!.Content.ToString());
        Assert.Equal(second, file.ETag);
        Assert.Equal("concept", file.Metadata["status"]);
    }

    [Fact]
    public async Task Replacing_with_a_stale_ETag_fails_and_changes_nothing()
    {
        var first = await Store.WriteAsync("a/agreement.json", BinaryData.FromString("1"), WriteCondition.CreateNew, NoMetadata);
        var second = await Store.WriteAsync("a/agreement.json", BinaryData.FromString("2"), WriteCondition.Replace(first!), NoMetadata);

        var stale = await Store.WriteAsync("a/agreement.json", BinaryData.FromString("3"), WriteCondition.Replace(first!), NoMetadata);

        var file = await Store.ReadAsync("a/agreement.json");
        Assert.Null(stale);
        Assert.Equal("2", file!.Content.ToString());
        Assert.Equal(second, file.ETag);
    }

    [Fact]
    public async Task Replacing_a_file_that_does_not_exist_fails()
    {
        var etag = await Store.WriteAsync("a/agreement.json", BinaryData.FromString("1"), WriteCondition.Replace("0123456789abcdef"), NoMetadata);

        Assert.Null(etag);
        Assert.Null(await Store.ReadAsync("a/agreement.json"));
    }

    [Fact]
    public async Task Of_many_writers_holding_the_same_ETag_exactly_one_wins()
    {
        var start = await Store.WriteAsync("a/agreement.json", BinaryData.FromString("start"), WriteCondition.CreateNew, NoMetadata);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            Store.WriteAsync("a/agreement.json", BinaryData.FromString($"writer {i}"), WriteCondition.Replace(start!), NoMetadata))));

        var winners = results.Select((etag, writer) => (etag, writer)).Where(result => result.etag is not null).ToList();
        var winner = Assert.Single(winners);
        Assert.Equal($"writer {winner.writer}", (await Store.ReadAsync("a/agreement.json"))!.Content.ToString());
    }

    [Fact]
    public async Task A_listing_gives_every_file_under_the_prefix_with_its_metadata()
    {
        await Store.WriteAsync("a/agreement.json", BinaryData.FromString("a"), WriteCondition.CreateNew, new Dictionary<string, string> { ["title"] = "A" });
        await Store.WriteAsync("a/versions/1.docx", BinaryData.FromString("a1"), WriteCondition.CreateNew, new Dictionary<string, string> { ["number"] = "1" });
        await Store.WriteAsync("b/agreement.json", BinaryData.FromString("b"), WriteCondition.CreateNew, new Dictionary<string, string> { ["title"] = "B" });

        var all = await ListAsync("");
        var versions = await ListAsync("a/versions/");

        Assert.Equal(["a/agreement.json", "a/versions/1.docx", "b/agreement.json"], all.Select(entry => entry.Path).Order(StringComparer.Ordinal));
        Assert.Equal("B", all.Single(entry => entry.Path == "b/agreement.json").Metadata["title"]);
        var version = Assert.Single(versions);
        Assert.Equal("a/versions/1.docx", version.Path);
        Assert.Equal("1", version.Metadata["number"]);
    }

    [Fact]
    public async Task A_listing_of_an_empty_store_is_empty()
    {
        Assert.Empty(await ListAsync(""));
    }

    [Fact]
    public async Task Appended_lines_are_kept_in_order()
    {
        await Store.AppendAsync("a/log.jsonl", BinaryData.FromString("one\n"));
        await Store.AppendAsync("a/log.jsonl", BinaryData.FromString("two\n"));

        Assert.Equal("one\ntwo\n", (await Store.ReadAsync("a/log.jsonl"))!.Content.ToString());
    }

    [Theory]
    [InlineData("../outside.json")]
    [InlineData("a/../../outside.json")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.json")]
    [InlineData("a/.hidden")]
    [InlineData("A/agreement.json")]
    [InlineData("a\\b.json")]
    [InlineData("a/b%2F..json")]
    public async Task A_path_that_could_leave_the_layout_is_refused(string path)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReadAsync(path));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(path, BinaryData.FromString("x"), WriteCondition.CreateNew, NoMetadata));
    }

    private async Task<List<StoredEntry>> ListAsync(string prefix)
    {
        var entries = new List<StoredEntry>();
        await foreach (var entry in Store.ListAsync(prefix))
        {
            entries.Add(entry);
        }

        return entries;
    }
}
