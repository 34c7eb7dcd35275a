using Overeenkomst.Storage;

namespace Overeenkomst.Functions.Tests.Storage;

/// <summary>
/// The blob store recognises its own writes when their answers are lost (the SDK's retry meets them), and still refuses
/// everyone else's: through a proxy that loses the first answer to every write.
/// </summary>
public sealed class LostAnswerStoreTests(ForgetfulStorage storage) : IClassFixture<ForgetfulStorage>
{
    private static readonly Dictionary<string, string> Metadata = new() { ["status"] = "concept" };

    private readonly BlobStore store = new(storage.ConnectionString, "t" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_new_file_whose_answer_was_lost_is_written_once_and_reported_as_written()
    {
        storage.Proxy.Forgetting = true;
        var etag = await store.WriteAsync("a/versions/1.docx", BinaryData.FromString("eerste"), WriteCondition.CreateNew, Metadata);
        var second = await store.WriteAsync("a/versions/1.docx", BinaryData.FromString("tweede"), WriteCondition.CreateNew, Metadata);
        storage.Proxy.Forgetting = false;

        var file = await store.ReadAsync("a/versions/1.docx");
        Assert.Equal(file!.ETag, etag);
        Assert.Null(second);
        Assert.Equal("eerste", file.Content.ToString());
        Assert.Equal(Metadata, file.Metadata);
    }

    [Fact]
    public async Task A_replacement_whose_answer_was_lost_is_reported_as_written_and_a_stale_one_still_fails()
    {
        var first = await store.WriteAsync("a/agreement.json", BinaryData.FromString("1"), WriteCondition.CreateNew, Metadata);

        storage.Proxy.Forgetting = true;
        var second = await store.WriteAsync("a/agreement.json", BinaryData.FromString("2"), WriteCondition.Replace(first!), Metadata);
        var stale = await store.WriteAsync("a/agreement.json", BinaryData.FromString("3"), WriteCondition.Replace(first!), Metadata);
        storage.Proxy.Forgetting = false;

        var file = await store.ReadAsync("a/agreement.json");
        Assert.Equal(file!.ETag, second);
        Assert.Null(stale);
        Assert.Equal("2", file.Content.ToString());
    }

    [Fact]
    public async Task Lines_whose_answers_were_lost_are_appended_once_each_in_order()
    {
        await store.AppendAsync("a/log.jsonl", BinaryData.FromString("een\n"));

        storage.Proxy.Forgetting = true;
        await store.AppendAsync("a/log.jsonl", BinaryData.FromString("twee\n"));
        await store.AppendAsync("a/log.jsonl", BinaryData.FromString("drie\n"));
        storage.Proxy.Forgetting = false;

        Assert.Equal("een\ntwee\ndrie\n", (await store.ReadAsync("a/log.jsonl"))!.Content.ToString());
        Assert.Contains(storage.Proxy.Forgotten, write => write.EndsWith("/a/log.jsonl?comp=appendblock", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lines_appended_at_the_same_moment_are_all_kept_once()
    {
        var lines = Enumerable.Range(0, 20).Select(i => $"regel {i}\n").ToList();

        await Task.WhenAll(lines.Select(line => Task.Run(() => store.AppendAsync("a/log.jsonl", BinaryData.FromString(line)))));

        var stored = (await store.ReadAsync("a/log.jsonl"))!.Content.ToString();
        Assert.Equal(lines.Order(StringComparer.Ordinal), stored.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line + "\n").Order(StringComparer.Ordinal));
    }
}
