using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Finalising;

namespace Overeenkomst.Functions.Tests.Verification;

/// <summary>
/// What a check says about a version that is not as it was made: a changed file, a version another build made, a version
/// whose template set was never kept. In a local folder, where a test can change a stored file as an intruder would.
/// </summary>
public sealed class AlteredVersionTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-verify-");
    private readonly ChangedTemplates changedTemplates = new("Een zin uit een latere uitrol.");

    private AgreementsHost Host => field ??= new AgreementsHost(AgreementsHost.Folder(folder.FullName));

    [Fact]
    public async Task A_changed_Word_file_does_not_match_and_a_fresh_render_still_gives_the_recorded_hash()
    {
        var (owner, id, sha256) = await DraftAsync();
        var file = Stored(id, "versions/1.docx");
        var bytes = await File.ReadAllBytesAsync(file);
        bytes[^1] ^= 0xff;
        await File.WriteAllBytesAsync(file, bytes);

        var check = await owner.VerifyAsync(id, 1);

        Assert.False(check.GetProperty("matches").GetBoolean());
        Assert.Equal(sha256, check.GetProperty("sha256").GetString());
        Assert.Equal(sha256, check.GetProperty("renderedSha256").GetString());
        Assert.True(check.GetProperty("reproducible").GetBoolean());
    }

    [Fact]
    public async Task A_version_another_build_made_is_checked_by_its_hash_alone()
    {
        var (owner, id, sha256) = await DraftAsync();
        var snapshot = Stored(id, "versions/1.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(snapshot))!;
        json["version"]!["rendererBuild"] = "000000000000";
        await File.WriteAllTextAsync(snapshot, json.ToJsonString());

        var check = await owner.VerifyAsync(id, 1);

        Assert.True(check.GetProperty("matches").GetBoolean());
        Assert.Equal(sha256, check.GetProperty("sha256").GetString());
        Assert.Equal(JsonValueKind.Null, check.GetProperty("renderedSha256").ValueKind);
        Assert.False(check.GetProperty("reproducible").GetBoolean());
    }

    [Fact]
    public async Task A_version_whose_template_set_is_not_kept_cannot_be_rendered_again_after_the_templates_changed()
    {
        var (_, id, sha256) = await DraftAsync();
        Directory.Delete(Path.Combine(folder.FullName, "overeenkomsten", "templates"), recursive: true);
        using var deployed = new AgreementsHost(changedTemplates.Deployed(AgreementsHost.Folder(folder.FullName)));
        using var owner = deployed.CreateClient(TestPerson.Opleider);

        var check = await owner.VerifyAsync(id, 1);

        Assert.True(check.GetProperty("matches").GetBoolean());
        Assert.Equal(sha256, check.GetProperty("sha256").GetString());
        Assert.Equal(JsonValueKind.Null, check.GetProperty("renderedSha256").ValueKind);
        Assert.False(check.GetProperty("reproducible").GetBoolean());
    }

    private async Task<(HttpClient Owner, string Id, string Sha256)> DraftAsync()
    {
        var owner = Host.CreateClient(TestPerson.Opleider);
        var (id, _) = await owner.CreateAsync(ExampleAnswers.Laurens);
        var version = await owner.CreateVersionAsync(id);
        return (owner, id, version.GetProperty("sha256").GetString()!);
    }

    private string Stored(string id, string path) => Path.Combine(folder.FullName, "overeenkomsten", id, path);

    public void Dispose()
    {
        Host.Dispose();
        changedTemplates.Dispose();
        folder.Delete(recursive: true);
    }
}
