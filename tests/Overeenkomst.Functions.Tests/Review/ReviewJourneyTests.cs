using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Overeenkomst.Agreements;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Finalising;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering;
using Overeenkomst.Tests.Support;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;

namespace Overeenkomst.Functions.Tests.Review;

/// <summary>The whole way from a first draft to a signed-off final, through HTTP, against Azure Blob Storage (Azurite).</summary>
public sealed class ReviewJourneyTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly AgreementsHost host = new(AgreementsHost.Blob(azurite.Azurite.ConnectionString));

    [Fact]
    public async Task An_agreement_goes_from_draft_through_review_and_changes_to_a_final_the_jurist_downloads()
    {
        using var opleider = host.CreateClient(TestPerson.Opleider);
        using var laurens = host.CreateClient(TestPerson.LaurensZorg);
        using var jurist = host.CreateClient(TestPerson.Jurist);

        // The education manager (Albeda) starts, names the people, renders a draft and submits it: that is Albeda's approval.
        var (id, etag) = await opleider.CreateAsync(ExampleAnswers.Laurens);
        using var named = await opleider.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg, TestPerson.Jurist);
        await ExpectAsync(named, HttpStatusCode.OK);
        await opleider.CreateVersionAsync(id);
        await ExpectAsync(await opleider.SubmitAsync(id, 1), HttpStatusCode.OK);
        Assert.Equal("in_review", await opleider.StatusAsync(id));

        // Laurens comments on an article; Laurens's jurist asks for changes: back to concept.
        await ExpectAsync(await laurens.ReviewAsync(id, 1, "opmerking", "Noem de ruimte op de afdeling.", "Artikel 7"), HttpStatusCode.Created);
        Assert.Equal("in_review", await opleider.StatusAsync(id));
        await ExpectAsync(await jurist.ReviewAsync(id, 1, "wijziging_gevraagd", "De looptijd ontbreekt.", "5.2"), HttpStatusCode.Created);
        Assert.Equal("concept", await opleider.StatusAsync(id));

        // New answers, a new version, submitted again.
        var (_, current) = await opleider.GetAgreementAsync(id);
        await ExpectAsync(await opleider.SaveAnswersAsync(id, ExampleAnswers.LaurensNamed("Leerafdeling Laurens"), current), HttpStatusCode.OK);
        var second = await opleider.CreateVersionAsync(id);
        Assert.Equal(2, second.GetProperty("number").GetInt32());
        await ExpectAsync(await opleider.SubmitAsync(id, 2), HttpStatusCode.OK);

        // Laurens approves version 2 (Albeda did by submitting it): every party has; an approval of version 1 does not count.
        Assert.Contains(Messages.NotTheSubmittedVersion(1, 2), await ExpectRefusedAsync(await laurens.ReviewAsync(id, 1, "goedkeuring")), StringComparison.Ordinal);
        Assert.Equal("in_review", await opleider.StatusAsync(id));
        await ExpectAsync(await laurens.ReviewAsync(id, 2, "goedkeuring", "Akkoord."), HttpStatusCode.Created);
        Assert.Equal("approved", await opleider.StatusAsync(id));

        // The jurist finalises: version 3, definitief, rendered from version 2's answers without the CONCEPT marking.
        using var finalised = await jurist.FinalizeAsync(id);
        await ExpectAsync(finalised, HttpStatusCode.Created);
        var final = await finalised.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, final.GetProperty("number").GetInt32());
        Assert.Equal("definitief", final.GetProperty("kind").GetString());
        var (agreement, _) = await jurist.GetAgreementAsync(id);
        Assert.Equal("definitief", agreement.GetProperty("status").GetString());
        Assert.Equal(3, agreement.GetProperty("finalVersion").GetInt32());

        using var download = await jurist.GetAsync(final.GetProperty("document").GetString());
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(final.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal("Samenwerkingsovereenkomst Leerafdeling Laurens - definitief.docx", download.Content.Headers.ContentDisposition!.FileNameStar);
        DocxAssert.IsValid(bytes);
        using (var word = new WordDocument(bytes))
        {
            Assert.DoesNotContain("CONCEPT", word.HeaderText(), StringComparison.Ordinal);
            Assert.Contains("Leerafdeling Laurens", word.Text(), StringComparison.Ordinal);
        }

        var preview = await jurist.GetStringAsync(final.GetProperty("preview").GetString());
        Assert.Contains(Messages.FinalPreviewTitle("Samenwerkingsovereenkomst Leerafdeling Laurens", 3), preview, StringComparison.Ordinal);

        using var earlier = await jurist.GetAsync($"/api/agreements/{id}/versions/1/document");
        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);

        // Everyone reads the same story in the log: who did what, on which version.
        var log = await laurens.LogAsync(id);
        Assert.Equal(
            [
                "aangemaakt", Messages.LogParticipantsSet, "versie gemaakt", Messages.LogSubmitted, Messages.LogCommented("Laurens"),
                Messages.LogChangesRequested("Laurens"), "antwoorden opgeslagen", "versie gemaakt", Messages.LogSubmitted,
                Messages.LogApprovedByEveryone("Laurens"), Messages.LogFinalised,
            ],
            log.Select(line => line.GetProperty("action").GetString()));
        Assert.Equal(TestPerson.Jurist.Email, log[^1].GetProperty("by").GetString());
        Assert.Equal(TestPerson.Jurist.Name, log[^1].GetProperty("name").GetString());
        Assert.Equal(3, log[^1].GetProperty("version").GetInt32());
        Assert.Equal("5.2: De looptijd ontbreekt.", log[5].GetProperty("detail").GetString());

        var reviews = await laurens.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/reviews");
        Assert.Equal(["opmerking", "wijziging_gevraagd", "goedkeuring"],
            reviews.EnumerateArray().Select(review => review.GetProperty("kind").GetString()));
        Assert.Equal("Artikel 7", reviews[0].GetProperty("article").GetString());
        Assert.Equal(TestPerson.Jurist.Email, reviews[1].GetProperty("by").GetString());
        Assert.Equal(Messages.SubmittedCountsAsApproval("Albeda"), log[3].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task After_finalising_nothing_changes_any_more()
    {
        var (id, owner, jurist, laurens) = await FinalisedAsync();
        var (_, etag) = await owner.GetAgreementAsync(id);

        var attempts = new[]
        {
            await owner.SaveAnswersAsync(id, ExampleAnswers.ErasmusMc, etag),
            await owner.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg),
            await owner.PostAsync($"/api/agreements/{id}/versions", content: null),
            await owner.SubmitAsync(id, 2),
            await laurens.ReviewAsync(id, 1, "opmerking", "Nog één ding."),
            await jurist.FinalizeAsync(id),
        };

        foreach (var response in attempts)
        {
            Assert.Contains(Messages.AllowedNow("definitief", 1, 2), await ExpectRefusedAsync(response), StringComparison.Ordinal);
            response.Dispose();
        }

        Assert.Equal(new[] { 1, 2 }, await owner.VersionNumbersAsync(id));
        Assert.Equal(etag, (await owner.GetAgreementAsync(id)).ETag);
    }

    [Fact]
    public async Task A_final_is_write_once_and_no_endpoint_deletes_or_replaces_it()
    {
        var (id, owner, jurist, _) = await FinalisedAsync();
        Assert.True(AgreementId.TryParse(id, out var agreementId));
        var store = host.Services.GetRequiredService<Overeenkomst.Storage.IStore>();
        var before = await store.ReadAsync(AgreementLayout.VersionDocx(agreementId, 2));

        var overwrite = await store.WriteAsync(AgreementLayout.VersionDocx(agreementId, 2), BinaryData.FromString("vervalst"),
            Overeenkomst.Storage.WriteCondition.CreateNew, new Dictionary<string, string>());
        using var delete = await jurist.DeleteAsync($"/api/agreements/{id}/versions/2/document");
        using var put = await jurist.PutAsync($"/api/agreements/{id}/versions/2/document", AgreementsClient.Json("{}"));
        using var deleteAgreement = await owner.DeleteAsync($"/api/agreements/{id}");

        Assert.Null(overwrite);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, deleteAgreement.StatusCode);
        var after = await store.ReadAsync(AgreementLayout.VersionDocx(agreementId, 2));
        Assert.Equal(before!.ETag, after!.ETag);
        Assert.Equal("definitief", after.Metadata["kind"]);
    }

    [Fact]
    public async Task The_final_renders_again_from_its_own_stored_answers_to_the_same_SHA256()
    {
        var (id, _, _, _) = await FinalisedAsync();
        Assert.True(AgreementId.TryParse(id, out var agreementId));

        var snapshot = await host.Services.GetRequiredService<VersionArchive>().ReadSnapshotAsync(agreementId, 2);
        var version = snapshot!.Version;
        var again = host.Services.GetRequiredService<AgreementComposer>().Compose(Answers.Parse(snapshot.Answers.GetRawText()).Answers!,
            RenderOptions.Final(version.Number, version.CreatedAt, version.CreatedBy)).Agreement!;

        Assert.Equal(VersionRecord.Definitief, version.Kind);
        Assert.Equal(version.Sha256, again.Sha256);
    }

    [Fact]
    public async Task A_finalisation_cut_short_after_its_reservation_is_finished_by_the_next_request_and_logged_once()
    {
        var (id, owner, jurist, _) = await ApprovedAsync();
        Assert.True(AgreementId.TryParse(id, out var agreementId));

        // What a request leaves when the store goes away right after the agreement named its final: no file yet.
        await ReserveFinalAsync(agreementId, number: 2);
        Assert.Equal(new[] { 1 }, await owner.VersionNumbersAsync(id));

        using var finished = await jurist.FinalizeAsync(id);
        using var again = await jurist.FinalizeAsync(id);

        await ExpectAsync(finished, HttpStatusCode.Created);
        Assert.Equal(2, (await finished.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32());
        await ExpectRefusedAsync(again);
        Assert.Equal(new[] { 1, 2 }, await owner.VersionNumbersAsync(id));
        Assert.Single(await owner.LogAsync(id), line => line.GetProperty("action").GetString() == Messages.LogFinalised);
    }

    [Fact]
    public async Task A_draft_that_takes_the_finals_reserved_number_moves_the_final_on_instead_of_becoming_it()
    {
        var (id, owner, jurist, _) = await ApprovedAsync();
        Assert.True(AgreementId.TryParse(id, out var agreementId));
        var reserved = await ReserveFinalAsync(agreementId, number: 2);

        // A draft begun before the reservation, writing after it: it takes number 2 as drafts do.
        var versions = host.Services.GetRequiredService<VersionArchive>();
        var draft = await versions.CreateDraftAsync(agreementId, reserved, new Actor(TestPerson.Opleider.Email, TestPerson.Opleider.Name));
        Assert.Equal(2, draft.Version!.Number);
        using var finalised = await jurist.FinalizeAsync(id);

        await ExpectAsync(finalised, HttpStatusCode.Created);
        var listed = await owner.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/versions");
        Assert.Equal(["1 concept False", "2 concept False", "3 definitief True"], listed.EnumerateArray()
            .Select(v => $"{v.GetProperty("number").GetInt32()} {v.GetProperty("kind").GetString()} {v.GetProperty("isAgreementFinal").GetBoolean()}"));
        Assert.Equal(3, (await owner.GetAgreementAsync(id)).Agreement.GetProperty("finalVersion").GetInt32());
    }

    private async Task<AgreementDocument> ReserveFinalAsync(AgreementId id, int number)
    {
        var archive = host.Services.GetRequiredService<AgreementArchive>();
        var reserved = await archive.TransitionAsync(id, (await archive.ReadAsync(id))!, new Actor(TestPerson.Jurist.Email, TestPerson.Jurist.Name),
            agreement => Lifecycle.Finalise(agreement, 1, number, []));
        return reserved.Agreement!.Value;
    }

    // Owner, one care organisation and a jurist; version 1 submitted and approved.
    private async Task<(string Id, HttpClient Owner, HttpClient Jurist, HttpClient Laurens)> ApprovedAsync()
    {
        var owner = host.CreateClient(TestPerson.Opleider);
        var laurens = host.CreateClient(TestPerson.LaurensZorg);
        return (await ApprovedAgreement.CreateAsync(owner, laurens), owner, host.CreateClient(TestPerson.Jurist), laurens);
    }

    // The same, finalised as version 2.
    private async Task<(string Id, HttpClient Owner, HttpClient Jurist, HttpClient Laurens)> FinalisedAsync()
    {
        var approved = await ApprovedAsync();
        await ExpectAsync(await approved.Jurist.FinalizeAsync(approved.Id), HttpStatusCode.Created);
        return approved;
    }

    public void Dispose() => host.Dispose();
}
