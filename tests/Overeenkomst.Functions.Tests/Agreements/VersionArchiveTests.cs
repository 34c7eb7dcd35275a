using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;
using Overeenkomst.Storage;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>A version is all or nothing: a write cut short leaves no version behind, and the next one is complete.</summary>
public sealed class VersionArchiveTests : IDisposable
{
    private static readonly Actor Tester = new("test@albeda.example", "Test");

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-versions-");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task A_version_whose_writing_fails_part_way_does_not_exist_and_the_next_one_is_whole(int failingWrite)
    {
        var store = new CountingStore(new FolderStore(folder.FullName));
        var agreements = new AgreementArchive(store, TimeProvider.System);
        var versions = new VersionArchive(store, Composer(), TimeProvider.System);
        var created = await agreements.CreateAsync(Answers.Parse(ExampleAnswers.Laurens).Answers!, Tester, "Albeda");
        Assert.True(AgreementId.TryParse(created.Value.Id, out var id));

        // The agreement itself was write 1; the version's three files are writes 2, 3 and 4.
        store.FailOnWrite = failingWrite + 1;
        await Assert.ThrowsAsync<StoreUnavailableException>(() => versions.CreateDraftAsync(id, created.Value, Tester));

        Assert.Empty(await versions.ListAsync(id));
        Assert.Null(await versions.ReadDocxAsync(id, 1));
        Assert.Null(await versions.ReadMarkdownAsync(id, 1));

        var next = (await versions.CreateDraftAsync(id, created.Value, Tester)).Version;
        var stored = await versions.ReadDocxAsync(id, next!.Number);
        Assert.Equal(next, Assert.Single(await versions.ListAsync(id)));
        Assert.Equal(next.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored!.Value.Content)));
        Assert.NotNull(await versions.ReadMarkdownAsync(id, next.Number));
    }

    private static AgreementComposer Composer()
    {
        var templates = Path.Combine(AppContext.BaseDirectory, "templates");
        return new AgreementComposer(
            new AnswerChecker(QuestionnaireLoader.Load(Path.Combine(templates, "vragenlijst", QuestionnaireLoader.FileName))),
            new AgreementRenderer(TemplateSet.Load(Path.Combine(templates, "overeenkomst"))));
    }

    public void Dispose() => folder.Delete(recursive: true);
}
