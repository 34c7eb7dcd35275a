using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;

namespace Overeenkomst.Functions.Tests.Review;

/// <summary>The rules of the review, through HTTP against Azurite: which approvals count, and what a change after submission undoes.</summary>
public sealed class ReviewRulesTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly AgreementsHost host = new(AgreementsHost.Blob(azurite.Azurite.ConnectionString));

    private HttpClient Owner => field ??= host.CreateClient(TestPerson.Opleider);

    private HttpClient Laurens => field ??= host.CreateClient(TestPerson.LaurensZorg);


    [Fact]
    public async Task An_approval_of_an_older_version_does_not_count()
    {
        var id = await SubmittedAsync(versions: 2, submit: 2, TestPerson.LaurensZorg);

        var detail = await ExpectRefusedAsync(await Laurens.ReviewAsync(id, 1, "goedkeuring"));

        Assert.StartsWith(Messages.NotTheSubmittedVersion(1, 2), detail, StringComparison.Ordinal);
        var (agreement, _) = await Owner.GetAgreementAsync(id);
        Assert.Equal("in_review", agreement.GetProperty("status").GetString());
        Assert.Equal("Albeda", Assert.Single(agreement.GetProperty("approvals").EnumerateArray()).GetProperty("organisation").GetString());
        Assert.Equal(0, (await Owner.GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/reviews")).GetArrayLength());
    }

    [Fact]
    public async Task Answers_changed_after_submission_return_it_to_concept_void_the_approvals_and_the_log_says_why()
    {
        var id = await SubmittedAsync(versions: 1, submit: 1, TestPerson.LaurensZorg);
        await ExpectAsync(await Laurens.ReviewAsync(id, 1, "opmerking", "Een vraag over artikel 3."), HttpStatusCode.Created);
        var (_, etag) = await Owner.GetAgreementAsync(id);

        await ExpectAsync(await Owner.SaveAnswersAsync(id, ExampleAnswers.LaurensNamed("Gewijzigd"), etag), HttpStatusCode.OK);

        var (agreement, _) = await Owner.GetAgreementAsync(id);
        Assert.Equal("concept", agreement.GetProperty("status").GetString());
        Assert.Empty(agreement.GetProperty("approvals").EnumerateArray());
        var last = (await Laurens.LogAsync(id))[^1];
        Assert.Equal(Messages.LogReturnedToConcept, last.GetProperty("action").GetString());
        Assert.Equal(Messages.ReturnedToConceptBecause(Messages.ChangedAnswers, 1, ["Albeda"]), last.GetProperty("detail").GetString());
        Assert.Equal(TestPerson.Opleider.Email, last.GetProperty("by").GetString());
        Assert.Contains(Messages.NothingUnderReview, await ExpectRefusedAsync(await Laurens.ReviewAsync(id, 1, "goedkeuring")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Participants_changed_after_submission_also_return_it_to_concept()
    {
        var id = await SubmittedAsync(versions: 1, submit: 1, TestPerson.LaurensZorg);
        var (_, etag) = await Owner.GetAgreementAsync(id);

        await ExpectAsync(await Owner.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg, TestPerson.Jurist), HttpStatusCode.OK);

        Assert.Equal("concept", await Owner.StatusAsync(id));
        Assert.Equal(Messages.ReturnedToConceptBecause(Messages.ChangedParticipants, 1, ["Albeda"]),
            (await Owner.LogAsync(id))[^1].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Submitting_needs_a_participant_of_every_party_and_an_existing_version()
    {
        var (id, etag) = await Owner.CreateAsync(ExampleAnswers.Laurens);
        await Owner.CreateVersionAsync(id);

        var withoutReviewer = await ExpectRefusedAsync(await Owner.SubmitAsync(id, 1));
        using var named = await Owner.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg);
        var missingVersion = await ExpectRefusedAsync(await Owner.SubmitAsync(id, 5));
        using var noVersion = await Owner.PostAsJsonAsync($"/api/agreements/{id}/submit", new { });

        Assert.StartsWith(Messages.PartiesWithoutParticipants(["Laurens"]), withoutReviewer, StringComparison.Ordinal);
        Assert.StartsWith(Messages.LifecycleVersionMissing(5), missingVersion, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Equal("concept", await Owner.StatusAsync(id));
    }

    [Fact]
    public async Task A_wrong_participants_list_is_refused_with_a_Dutch_message_per_entry_and_nothing_changes()
    {
        var (id, etag) = await Owner.CreateAsync(ExampleAnswers.Laurens);
        var body = JsonSerializer.Serialize(new
        {
            participants = new object[]
            {
                new { email = "f.elamrani@laurens.example", organisation = "Laurens", role = "zorg" },
                new { email = "geen adres", organisation = "Laurens", role = "zorg" },
                new { email = "F.ElAmrani@laurens.example", organisation = "Laurens", role = "beheerder" },
            },
        });

        using var response = await Owner.SetParticipantsAsync(id, etag, body);

        Assert.Equal(Messages.ParticipantsInvalidTitle, await AssertProblemAsync(response, HttpStatusCode.BadRequest));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(Messages.ParticipantEmailInvalid(2), errors.GetProperty("participants[1].email")[0].GetString());
        Assert.Equal(Messages.ParticipantDuplicate(3, 1), errors.GetProperty("participants[2].email")[0].GetString());
        Assert.Equal(Messages.ParticipantRoleUnknown(3), errors.GetProperty("participants[2].role")[0].GetString());
        Assert.Equal(Messages.ParticipantOwnerRemoved(TestPerson.Opleider.Email), errors.GetProperty("participants")[0].GetString());
        Assert.Equal(etag, (await Owner.GetAgreementAsync(id)).ETag);
    }

    [Fact]
    public async Task Setting_participants_needs_the_current_ETag()
    {
        var (id, etag) = await Owner.CreateAsync(ExampleAnswers.Laurens);
        using var first = await Owner.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg);

        using var stale = await Owner.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg2);
        using var missing = await Owner.SetParticipantsAsync(id, etag: null, TestPerson.Opleider);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, missing.StatusCode);
    }

    [Fact]
    public async Task A_comment_or_request_for_changes_needs_text_and_a_known_kind()
    {
        var id = await SubmittedAsync(versions: 1, submit: 1, TestPerson.LaurensZorg);

        using var noText = await Laurens.ReviewAsync(id, 1, "wijziging_gevraagd");
        using var unknownKind = await Laurens.ReviewAsync(id, 1, "afkeuring", "Nee.");

        Assert.Equal(Messages.ReviewInvalidTitle, await AssertProblemAsync(noText, HttpStatusCode.BadRequest));
        Assert.Equal(Messages.ReviewInvalidTitle, await AssertProblemAsync(unknownKind, HttpStatusCode.BadRequest));
        Assert.Equal("in_review", await Owner.StatusAsync(id));
    }

    // The owner creates, names the participants, renders versions and submits one of them.
    private async Task<string> SubmittedAsync(int versions, int submit, params TestPerson[] reviewers)
    {
        var (id, etag) = await Owner.CreateAsync(ExampleAnswers.Laurens);
        await ExpectAsync(await Owner.SetParticipantsAsync(id, etag, [TestPerson.Opleider, TestPerson.Jurist, .. reviewers]), HttpStatusCode.OK);
        for (var version = 0; version < versions; version++)
        {
            await Owner.CreateVersionAsync(id);
        }

        await ExpectAsync(await Owner.SubmitAsync(id, submit), HttpStatusCode.OK);
        return id;
    }

    public void Dispose() => host.Dispose();
}
