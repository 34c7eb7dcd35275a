using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Questionnaire;
using Overeenkomst.Storage;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>The audit trail is written after the change: losing the store in between never makes a done save look undone.</summary>
public sealed class AgreementArchiveTests : IDisposable
{
    private static readonly Actor Tester = new("test@albeda.example", "Test");

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-archive-");

    [Fact]
    public async Task A_save_stands_when_only_its_log_line_cannot_be_written()
    {
        var store = new CountingStore(new FolderStore(folder.FullName));
        var archive = new AgreementArchive(store, TimeProvider.System);
        var created = await archive.CreateAsync(Answers.Parse(ExampleAnswers.Laurens).Answers!, Tester, "Albeda");
        Assert.True(AgreementId.TryParse(created.Value.Id, out var id));

        store.FailAppends = true;
        var saved = await archive.SaveAnswersAsync(id, created, Answers.Parse(ExampleAnswers.ErasmusMc).Answers!, created.ETag, Tester);

        Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        Assert.Equal(saved.Agreement!.ETag, (await archive.ReadAsync(id))!.ETag);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
