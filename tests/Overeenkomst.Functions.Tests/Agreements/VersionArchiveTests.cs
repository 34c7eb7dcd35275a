using Overeenkomst.Agreements;
using Overeenkomst.Checking;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Loading;
using Overeenkomst.Questionnaire.Validation;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;
using Overeenkomst.Storage;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>A version is all or nothing: a write cut short leaves no version behind, and the next one is complete.</summary>
public sealed class VersionArchiveTests : IDisposable
{
    private static readonly Actor Tester = new("test@albeda.example", "Test");

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-versions-");
    private readonly CountingStore store;
    private readonly AgreementRenderer renderer = new(TemplateSet.Load(Path.Combine(AppContext.BaseDirectory, "templates", "overeenkomst")));
    private readonly TemplateArchive templates;
    private readonly VersionArchive versions;

    public VersionArchiveTests()
    {
        store = new CountingStore(new FolderStore(folder.FullName));
        templates = new TemplateArchive(store, renderer);
        var checker = new AnswerChecker(QuestionnaireLoader.Load(Path.Combine(AppContext.BaseDirectory, "templates", "vragenlijst", QuestionnaireLoader.FileName)));
        versions = new VersionArchive(store, new AgreementComposer(new AnswerValidator(checker.Definition), renderer), templates, TimeProvider.System);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task A_version_whose_writing_fails_part_way_does_not_exist_and_the_next_one_is_whole(int failingWrite)
    {
        var (id, agreement) = await CreateAsync();
        await templates.KeepCurrentAsync();

        // The version's files are the next four writes: snapshot, Markdown, index entry and .docx.
        store.FailOnWrite = store.Writes + failingWrite;
        await Assert.ThrowsAsync<StoreUnavailableException>(() => versions.CreateDraftAsync(id, agreement, Tester));

        Assert.Empty(await versions.ListAsync(id));
        Assert.Null(await versions.ReadDocxAsync(id, 1));
        Assert.Null(await versions.ReadMarkdownAsync(id, 1));

        var next = (await versions.CreateDraftAsync(id, agreement, Tester)).Version;
        var stored = await versions.ReadDocxAsync(id, next!.Number);
        Assert.Equal(next, Assert.Single(await versions.ListAsync(id)));
        Assert.Equal(next.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored!.Value.Content)));
        Assert.NotNull(await versions.ReadMarkdownAsync(id, next.Number));
    }

    [Fact]
    public async Task A_template_set_whose_keeping_fails_part_way_makes_no_version_and_is_kept_whole_by_the_next()
    {
        var (id, agreement) = await CreateAsync();
        var set = renderer.Templates;

        store.FailOnWrite = store.Writes + 3;
        await Assert.ThrowsAsync<StoreUnavailableException>(() => versions.CreateDraftAsync(id, agreement, Tester));
        Assert.Empty(await versions.ListAsync(id));
        Assert.Null(await store.ReadAsync(AgreementLayout.TemplateList(set.Version)));

        var made = (await versions.CreateDraftAsync(id, agreement, Tester)).Version!;

        Assert.Equal(set.Version, made.TemplateVersion);
        Assert.NotNull(await store.ReadAsync(AgreementLayout.TemplateList(set.Version)));
        foreach (var (name, text) in set.Sources)
        {
            Assert.Equal(text, (await store.ReadAsync(AgreementLayout.Template(set.Version, name)))!.Content.ToString());
        }
    }

    private async Task<(AgreementId Id, AgreementDocument Agreement)> CreateAsync()
    {
        var created = await new AgreementArchive(store, TimeProvider.System).CreateAsync(Answers.Parse(ExampleAnswers.Laurens).Answers!, Tester, "Albeda");
        Assert.True(AgreementId.TryParse(created.Value.Id, out var id));
        return (id, created.Value);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
