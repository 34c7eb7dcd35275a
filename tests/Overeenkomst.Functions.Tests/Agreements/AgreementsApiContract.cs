using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering;
using Overeenkomst.Storage;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>Full HTTP round trips through /api/agreements; run against Azurite and against a local folder.</summary>
public abstract class AgreementsApiContract : IDisposable
{
    private readonly Lazy<AgreementsHost> host;

    protected AgreementsApiContract() => host = new(() => new AgreementsHost(StorageSettings));

    /// <summary>The storage settings of the handler under test.</summary>
    protected abstract IReadOnlyDictionary<string, string> StorageSettings { get; }

    /// <summary>The kind of store the settings must give.</summary>
    protected abstract Type ExpectedStore { get; }

    private AgreementsHost Host => host.Value;

    private HttpClient Client => field ??= Host.CreateClient(TestPerson.Opleider);

    [Fact]
    public void The_handler_keeps_agreements_in_the_configured_store()
    {
        Assert.IsType(ExpectedStore, Host.Services.GetRequiredService<IStore>());
    }

    [Fact]
    public async Task A_created_agreement_reads_back_with_its_answers_status_and_ETag()
    {
        using var response = await Client.PostAsync("/api/agreements", Json(ExampleAnswers.Laurens));
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        var (agreement, etag) = await Client.GetAgreementAsync(id);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/agreements/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(response.Headers.ETag!.Tag, etag);
        Assert.Equal("concept", agreement.GetProperty("status").GetString());
        Assert.Equal("Samenwerkingsovereenkomst Praktijkgestuurd Leren Verpleegkunde Laurens", agreement.GetProperty("title").GetString());
        var owner = Assert.Single(agreement.GetProperty("participants").EnumerateArray());
        Assert.Equal(TestPerson.Opleider.Email, owner.GetProperty("email").GetString());
        Assert.Equal("opleiding", owner.GetProperty("role").GetString());
        Assert.Equal(TestPerson.Opleider.Email, agreement.GetProperty("createdBy").GetString());
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(ExampleAnswers.Laurens).RootElement, agreement.GetProperty("answers")));
    }

    [Fact]
    public async Task An_agreement_can_start_without_answers()
    {
        using var response = await Client.PostAsync("/api/agreements", content: null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var (agreement, _) = await Client.GetAgreementAsync(response.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Empty(agreement.GetProperty("answers").EnumerateObject());
        Assert.Equal("Samenwerkingsovereenkomst", agreement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Saving_with_the_current_ETag_stores_the_answers_and_gives_a_new_ETag()
    {
        var (id, etag) = await Client.CreateAsync(ExampleAnswers.Laurens);

        using var saved = await Client.SaveAnswersAsync(id, ExampleAnswers.ErasmusMc, etag);

        var (agreement, current) = await Client.GetAgreementAsync(id);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(etag, saved.Headers.ETag!.Tag);
        Assert.Equal(saved.Headers.ETag!.Tag, current);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(ExampleAnswers.ErasmusMc).RootElement, agreement.GetProperty("answers")));
    }

    [Fact]
    public async Task Saving_with_a_stale_ETag_is_refused_with_412_and_changes_nothing()
    {
        var (id, first) = await Client.CreateAsync(ExampleAnswers.Laurens);
        using var mine = await Client.SaveAnswersAsync(id, ExampleAnswers.LaurensNamed("Eerste"), first);
        var (before, etagBefore) = await Client.GetAgreementAsync(id);

        using var stale = await Client.SaveAnswersAsync(id, ExampleAnswers.LaurensNamed("Verouderd"), first);

        var (after, etagAfter) = await Client.GetAgreementAsync(id);
        Assert.Equal(Messages.AgreementChangedTitle, await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed));
        Assert.Equal(etagBefore, etagAfter);
        Assert.Equal(before.GetRawText(), after.GetRawText());
    }

    [Fact]
    public async Task Saving_without_If_Match_is_refused_with_428()
    {
        var (id, _) = await Client.CreateAsync(ExampleAnswers.Laurens);

        using var response = await Client.SaveAnswersAsync(id, ExampleAnswers.ErasmusMc, etag: null);

        Assert.Equal(Messages.IfMatchMissingTitle, await AssertProblemAsync(response, HttpStatusCode.PreconditionRequired));
    }

    [Fact]
    public async Task Of_fifty_writers_holding_the_same_ETag_exactly_one_succeeds_and_its_answers_are_stored()
    {
        var (id, etag) = await Client.CreateAsync(ExampleAnswers.Laurens);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(writer =>
            Client.SaveAnswersAsync(id, ExampleAnswers.LaurensNamed($"Schrijver {writer}"), etag)));

        var statuses = responses.Select(response => response.StatusCode).ToList();
        var winner = Assert.Single(Enumerable.Range(0, 50), writer => statuses[writer] == HttpStatusCode.OK);
        Assert.Equal(49, statuses.Count(status => status == HttpStatusCode.PreconditionFailed));
        var (agreement, current) = await Client.GetAgreementAsync(id);
        Assert.Equal($"Schrijver {winner}", agreement.GetProperty("answers").GetProperty("naam_leerwerkplek").GetString());
        Assert.Equal(responses[winner].Headers.ETag!.Tag, current);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_version_is_numbered_downloadable_previewable_and_never_changes()
    {
        var (id, etag) = await Client.CreateAsync(ExampleAnswers.Laurens);

        var first = await Client.CreateVersionAsync(id);
        using var saved = await Client.SaveAnswersAsync(id, ExampleAnswers.LaurensNamed("Later"), etag);
        var second = await Client.CreateVersionAsync(id);

        Assert.Equal(1, first.GetProperty("number").GetInt32());
        Assert.Equal(2, second.GetProperty("number").GetInt32());
        Assert.Equal("concept", first.GetProperty("kind").GetString());
        Assert.Equal(new[] { 1, 2 }, await Client.VersionNumbersAsync(id));

        using var download = await Client.GetAsync($"/api/agreements/{id}/versions/1/document");
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(RenderedAgreement.DocxContentType, download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(first.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal("Samenwerkingsovereenkomst Praktijkgestuurd Leren Verpleegkunde Laurens - concept versie 1.docx",
            download.Content.Headers.ContentDisposition!.FileNameStar);

        using var preview = await Client.GetAsync($"/api/agreements/{id}/versions/2/preview");
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal("text/html", preview.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<h1>Samenwerkingsovereenkomst Later</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Versions_made_at_the_same_moment_each_get_their_own_number()
    {
        var (id, _) = await Client.CreateAsync(ExampleAnswers.Laurens);

        var versions = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Client.CreateVersionAsync(id)));

        Assert.Equal(new[] { 1, 2, 3, 4 }, versions.Select(version => version.GetProperty("number").GetInt32()).Order());
        Assert.Equal(new[] { 1, 2, 3, 4 }, await Client.VersionNumbersAsync(id));
    }

    [Fact]
    public async Task Rendering_a_stored_version_again_from_its_own_answers_gives_the_same_SHA256()
    {
        var (id, etag) = await Client.CreateAsync(ExampleAnswers.ErasmusMc);
        var created = await Client.CreateVersionAsync(id);
        using var changed = await Client.SaveAnswersAsync(id, ExampleAnswers.Laurens, etag);

        Assert.True(AgreementId.TryParse(id, out var agreementId));
        var snapshot = await Host.Services.GetRequiredService<VersionArchive>().ReadSnapshotAsync(agreementId, 1);
        var renderer = Host.Services.GetRequiredService<AgreementRenderer>();
        var version = snapshot!.Version;
        var again = Host.Services.GetRequiredService<AgreementComposer>().Compose(Answers.Parse(snapshot.Answers.GetRawText()).Answers!,
            RenderOptions.Draft(version.Number, version.CreatedAt, version.CreatedBy)).Agreement!;

        Assert.Equal(renderer.TemplateVersion, version.TemplateVersion);
        Assert.Equal(created.GetProperty("sha256").GetString(), version.Sha256);
        Assert.Equal(version.Sha256, again.Sha256);
    }

    [Fact]
    public async Task The_log_records_who_created_saved_and_versioned_when()
    {
        var (id, etag) = await Client.CreateAsync(ExampleAnswers.Laurens);
        using var saved = await Client.SaveAnswersAsync(id, ExampleAnswers.ErasmusMc, etag);
        await Client.CreateVersionAsync(id);

        Assert.True(AgreementId.TryParse(id, out var agreementId));
        var log = await Host.Services.GetRequiredService<IStore>().ReadAsync(AgreementLayout.Log(agreementId));

        var lines = log!.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["aangemaakt", "antwoorden opgeslagen", "versie gemaakt"], lines.Select(line => line.GetProperty("action").GetString()));
        Assert.All(lines, line => Assert.Equal(TestPerson.Opleider.Email, line.GetProperty("by").GetString()));
        Assert.All(lines, line => Assert.Equal(TestPerson.Opleider.Name, line.GetProperty("name").GetString()));
        Assert.Equal(1, lines[2].GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%2e%2e%2f%2e%2e%2fdata")]
    [InlineData("..%5C..%5Cwindows")]
    [InlineData("0123456789abcdef0123456789abcdef%2F..")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("01234567-89ab-cdef-0123-456789abcdef")]
    [InlineData("0123456789abcdef0123456789abcdef0")]
    public async Task An_id_that_is_not_ours_is_not_found(string id)
    {
        foreach (var path in new[] { $"/api/agreements/{id}", $"/api/agreements/{id}/versions", $"/api/agreements/{id}/versions/1/document" })
        {
            using var response = await Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_very_long_id_is_not_found()
    {
        using var response = await Client.GetAsync($"/api/agreements/{new string('a', 4000)}");

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_agreement_is_not_found_for_every_endpoint()
    {
        var id = Guid.NewGuid().ToString("N");

        using var get = await Client.GetAsync($"/api/agreements/{id}");
        using var save = await Client.SaveAnswersAsync(id, ExampleAnswers.Laurens, "\"0123456789abcdef\"");
        using var version = await Client.PostAsync($"/api/agreements/{id}/versions", content: null);
        using var versions = await Client.GetAsync($"/api/agreements/{id}/versions");

        foreach (var response in new[] { get, save, version, versions })
        {
            Assert.Equal(Messages.AgreementNotFoundTitle, await AssertProblemAsync(response, HttpStatusCode.NotFound));
        }
    }

    [Fact]
    public async Task A_version_that_does_not_exist_is_not_found()
    {
        var (id, _) = await Client.CreateAsync(ExampleAnswers.Laurens);
        await Client.CreateVersionAsync(id);

        using var document = await Client.GetAsync($"/api/agreements/{id}/versions/2/document");
        using var preview = await Client.GetAsync($"/api/agreements/{id}/versions/0/preview");
        using var notANumber = await Client.GetAsync($"/api/agreements/{id}/versions/een/document");

        Assert.Equal(Messages.VersionNotFoundTitle, await AssertProblemAsync(document, HttpStatusCode.NotFound));
        Assert.Equal(Messages.VersionNotFoundTitle, await AssertProblemAsync(preview, HttpStatusCode.NotFound));
        Assert.Equal(HttpStatusCode.NotFound, notANumber.StatusCode);
    }

    [Fact]
    public async Task Answers_over_one_megabyte_are_refused_with_413()
    {
        var (id, etag) = await Client.CreateAsync(ExampleAnswers.Laurens);
        var huge = JsonSerializer.Serialize(new { naam_leerwerkplek = new string('x', Answers.MaxBytes) });

        using var create = await Client.PostAsync("/api/agreements", Json(huge));
        using var save = await Client.SaveAnswersAsync(id, huge, etag);

        await AssertProblemAsync(create, HttpStatusCode.RequestEntityTooLarge);
        await AssertProblemAsync(save, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(etag, (await Client.GetAgreementAsync(id)).ETag);
    }

    [Fact]
    public async Task Malformed_JSON_is_refused_with_400()
    {
        var (id, etag) = await Client.CreateAsync(ExampleAnswers.Laurens);

        using var create = await Client.PostAsync("/api/agreements", Json("{\"naam_leerwerkplek\": "));
        using var save = await Client.SaveAnswersAsync(id, "[1, 2", etag);

        Assert.Equal(Messages.AnswersUnreadableTitle, await AssertProblemAsync(create, HttpStatusCode.BadRequest));
        Assert.Equal(Messages.AnswersUnreadableTitle, await AssertProblemAsync(save, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_thousand_agreements_are_listed_from_their_owners_index_and_metadata_without_opening_one()
    {
        var store = new CountingStore(Host.Services.GetRequiredService<IStore>());
        var archive = new AgreementArchive(store, TimeProvider.System);
        var answers = Answers.Parse(ExampleAnswers.Laurens).Answers!;
        var opleider = new Actor(TestPerson.Opleider.Email, TestPerson.Opleider.Name);
        // One person's index is one file, so that person's own writes take turns (README, "Listing"): four at a time, as a
        // busy office might; sixteen at once by one person outlasted the retries on a loaded CI machine.
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 4 },
            async (_, cancellationToken) => await archive.CreateAsync(answers, opleider, "Albeda", cancellationToken));

        // The first listing searches the store once (the index was written by creates alone); the next reads the index.
        var first = await archive.ListAsync(opleider.Email);
        var (reads, metadataReads) = (store.Reads, store.MetadataReads);
        var listed = await archive.ListAsync(opleider.Email);
        using var response = await Client.GetAsync("/api/agreements");

        Assert.Equal(1000, listed.Count);
        Assert.Equal(first, listed);
        Assert.Equal(reads + 1, store.Reads);
        Assert.Equal(metadataReads + 1000, store.MetadataReads);
        Assert.All(listed, summary => Assert.Equal("Samenwerkingsovereenkomst Praktijkgestuurd Leren Verpleegkunde Laurens", summary.Title));
        Assert.Equal(1000, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetArrayLength());
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && host.IsValueCreated)
        {
            host.Value.Dispose();
        }
    }
}
