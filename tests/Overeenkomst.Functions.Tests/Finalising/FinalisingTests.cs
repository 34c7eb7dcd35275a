using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Storage;
using Overeenkomst.Tests.Support;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;

namespace Overeenkomst.Functions.Tests.Finalising;

/// <summary>
/// Finalising on Azurite: the final is the approved text whatever was deployed since, and it is one decision — two jurists
/// at once, or a jurist and a save, leave one outcome and no file the agreement does not account for.
/// </summary>
public sealed class FinalisingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private const int Races = 20;
    private const string AddedSentence = "Deze zin is na de goedkeuring aan het sjabloon toegevoegd.";

    private readonly Dictionary<string, string> settings = AgreementsHost.Blob(azurite.Azurite.ConnectionString);
    private readonly ChangedTemplates changedTemplates = new(AddedSentence);

    private AgreementsHost Host => field ??= new AgreementsHost(settings);

    [Fact]
    public async Task The_final_is_the_approved_text_word_for_word_even_when_a_template_changed_after_approval()
    {
        using var owner = Host.CreateClient(TestPerson.Opleider);
        var id = await ApprovedAgreement.CreateAsync(owner, Host.CreateClient(TestPerson.LaurensZorg));
        var approved = (await owner.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/versions"))[0];

        // The next deploy's templates say more in one article; the jurist finalises there.
        using var deployed = new AgreementsHost(changedTemplates.Deployed(settings));
        using var jurist = deployed.CreateClient(TestPerson.Jurist);
        using var finalised = await jurist.FinalizeAsync(id);

        await ExpectAsync(finalised, HttpStatusCode.Created);
        var final = await finalised.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(AgreementId.TryParse(id, out var agreementId));
        var store = Host.Services.GetRequiredService<IStore>();
        var approvedText = (await store.ReadAsync(AgreementLayout.VersionMarkdown(agreementId, 1)))!.Content.ToString();
        var finalText = (await store.ReadAsync(AgreementLayout.VersionMarkdown(agreementId, 2)))!.Content.ToString();
        Assert.Equal(approvedText, finalText);
        using (var word = new WordDocument(await jurist.GetByteArrayAsync(final.GetProperty("document").GetString())))
        {
            Assert.DoesNotContain(AddedSentence, word.Text(), StringComparison.Ordinal);
            Assert.DoesNotContain("CONCEPT", word.HeaderText(), StringComparison.Ordinal);
        }

        // Its template version is the approved one's, kept in the store; the new deploy would have written the sentence.
        var keptVersion = approved.GetProperty("templateVersion").GetString()!;
        Assert.Equal(keptVersion, final.GetProperty("templateVersion").GetString());
        Assert.NotEqual(keptVersion, deployed.Services.GetRequiredService<TemplateArchive>().CurrentVersion);
        Assert.NotNull(await store.ReadAsync(AgreementLayout.TemplateList(keptVersion)));
        using var newOwner = deployed.CreateClient(TestPerson.Opleider);
        var (newId, _) = await newOwner.CreateAsync(ExampleAnswers.Laurens);
        var draft = await newOwner.CreateVersionAsync(newId);
        using (var word = new WordDocument(await newOwner.GetByteArrayAsync(draft.GetProperty("document").GetString())))
        {
            Assert.Contains(AddedSentence, word.Text(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Two_jurists_finalising_at_the_same_moment_give_one_final_and_no_orphan_file_every_time()
    {
        using var owner = Host.CreateClient(TestPerson.Opleider);
        using var laurens = Host.CreateClient(TestPerson.LaurensZorg);
        using var jurist = Host.CreateClient(TestPerson.Jurist);
        using var colleague = Host.CreateClient(TestPerson.Jurist);
        var orphans = new List<string>();

        for (var race = 0; race < Races; race++)
        {
            var id = await ApprovedAgreement.CreateAsync(owner, laurens);

            var answers = await Task.WhenAll(jurist.FinalizeAsync(id), colleague.FinalizeAsync(id));

            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(answer => answer.StatusCode).Order());
            Assert.Equal(new[] { 1, 2 }, await owner.VersionNumbersAsync(id));
            Assert.Single(await owner.LogAsync(id), line => line.GetProperty("action").GetString() == Messages.LogFinalised);
            orphans.AddRange(await Orphans.FindAsync(Host.Services.GetRequiredService<IStore>(), id));
        }

        Assert.Empty(orphans);
    }

    [Fact]
    public async Task A_finalisation_racing_a_save_gives_one_outcome_and_no_orphan_file_every_time()
    {
        using var owner = Host.CreateClient(TestPerson.Opleider);
        using var laurens = Host.CreateClient(TestPerson.LaurensZorg);
        using var jurist = Host.CreateClient(TestPerson.Jurist);
        var orphans = new List<string>();

        for (var race = 0; race < Races; race++)
        {
            var id = await ApprovedAgreement.CreateAsync(owner, laurens);
            var (_, etag) = await owner.GetAgreementAsync(id);

            var finalise = jurist.FinalizeAsync(id);
            var save = owner.SaveAnswersAsync(id, ExampleAnswers.LaurensNamed("Gewijzigd tijdens het vaststellen"), etag);
            await Task.WhenAll(finalise, save);

            var (agreement, _) = await owner.GetAgreementAsync(id);
            var status = agreement.GetProperty("status").GetString();
            var saved = (await save).StatusCode == HttpStatusCode.OK;
            var finalised = (await finalise).StatusCode == HttpStatusCode.Created;
            Assert.True(saved != finalised, $"race {race}: save {(await save).StatusCode}, finalise {(await finalise).StatusCode}");
            Assert.Equal(finalised ? "definitief" : "concept", status);
            Assert.Equal(finalised ? [1, 2] : new[] { 1 }, await owner.VersionNumbersAsync(id));
            orphans.AddRange(await Orphans.FindAsync(Host.Services.GetRequiredService<IStore>(), id));
        }

        Assert.Empty(orphans);
    }

    public void Dispose()
    {
        Host.Dispose();
        changedTemplates.Dispose();
    }
}
