using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;

namespace Overeenkomst.Functions.Tests.Review;

/// <summary>
/// Every party approves the same submitted version through one of its participants, in any role, schools included;
/// submitting is the submitting party's approval. A participant acts only in a role their sign-in carries, and only for
/// their own party from within its e-mail domains. Against Azurite.
/// </summary>
public sealed class PartyApprovalTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private static readonly TestPerson Roc = new("l.devries@rocva.example", "Lisa de Vries", "ROC van Amsterdam", "opleiding");
    private static readonly TestPerson Amstelzorg = new("a.bos@amstelzorg.example", "Anouk Bos", "Amstelzorg", "zorg");
    private static readonly TestPerson Woonzorg = new("r.kaya@woonzorgwest.example", "Rachid Kaya", "Woonzorg West", "zorg");
    private static readonly TestPerson Hva = new("m.peters@hva.example", "Mark Peters", "HvA", "opleiding");
    private static readonly TestPerson HvaJurist = new("j.meijer@hva.example", "mr. Joost Meijer", "HvA", "juridisch");

    private readonly AgreementsHost host = new(AgreementsHost.Blob(azurite.Azurite.ConnectionString));

    [Fact]
    public async Task With_two_parties_submitting_is_the_schools_approval_and_the_care_organisations_approval_completes_it()
    {
        using var owner = host.CreateClient(TestPerson.Opleider);
        using var laurens = host.CreateClient(TestPerson.LaurensZorg);
        var id = await SubmittedAsync(owner, ExampleAnswers.Laurens, TestPerson.Opleider, TestPerson.LaurensZorg);

        var (submitted, _) = await owner.GetAgreementAsync(id);
        await ExpectAsync(await laurens.ReviewAsync(id, 1, "goedkeuring"), HttpStatusCode.Created);
        var (approved, _) = await owner.GetAgreementAsync(id);

        Assert.Equal("in_review", submitted.GetProperty("status").GetString());
        Assert.Equal(["Laurens", "Albeda"], submitted.GetProperty("parties").EnumerateArray().Select(party => party.GetProperty("shortName").GetString()));
        Assert.Equal(["Albeda"], Organisations(submitted));
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal(["Albeda", "Laurens"], Organisations(approved));
    }

    [Fact]
    public async Task With_four_parties_every_one_approves_the_second_school_and_a_jurist_of_a_care_organisation_too()
    {
        using var owner = host.CreateClient(Roc);
        using var amstelzorg = host.CreateClient(Amstelzorg);
        using var woonzorg = host.CreateClient(Woonzorg);
        using var hva = host.CreateClient(Hva);
        var id = await SubmittedAsync(owner, ExampleAnswers.AmsterdamWest, Roc, Amstelzorg, Woonzorg, Hva);

        await ExpectAsync(await amstelzorg.ReviewAsync(id, 1, "goedkeuring"), HttpStatusCode.Created);
        await ExpectAsync(await woonzorg.ReviewAsync(id, 1, "goedkeuring"), HttpStatusCode.Created);
        var beforeTheSecondSchool = await owner.StatusAsync(id);
        await ExpectAsync(await hva.ReviewAsync(id, 1, "goedkeuring", "Akkoord namens de hogeschool."), HttpStatusCode.Created);

        Assert.Equal("in_review", beforeTheSecondSchool);
        Assert.Equal("approved", await owner.StatusAsync(id));
        Assert.Equal(["ROC van Amsterdam", "Amstelzorg", "Woonzorg West", "HvA"], Organisations((await owner.GetAgreementAsync(id)).Agreement));
        Assert.Equal(Messages.LogApprovedByEveryone("HvA"), (await owner.LogAsync(id))[^1].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Approvals_of_two_parties_arriving_at_the_same_moment_are_both_counted()
    {
        using var owner = host.CreateClient(Roc);
        using var amstelzorg = host.CreateClient(Amstelzorg);
        using var woonzorg = host.CreateClient(Woonzorg);
        var id = await SubmittedAsync(owner, ExampleAnswers.AmsterdamWest, Roc, Amstelzorg, Woonzorg, Hva);

        var responses = await Task.WhenAll(amstelzorg.ReviewAsync(id, 1, "goedkeuring"), woonzorg.ReviewAsync(id, 1, "goedkeuring"));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        Assert.Equal(["Amstelzorg", "ROC van Amsterdam", "Woonzorg West"],
            Organisations((await owner.GetAgreementAsync(id)).Agreement).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_party_without_a_participant_keeps_the_version_from_being_submitted_and_a_participant_must_name_a_party()
    {
        using var owner = host.CreateClient(Roc);
        var (id, etag) = await owner.CreateAsync(ExampleAnswers.AmsterdamWest);
        using var outsider = await owner.SetParticipantsAsync(id, etag, Roc, Amstelzorg, TestPerson.ErasmusZorg);
        await ExpectAsync(await owner.SetParticipantsAsync(id, etag, Roc, Amstelzorg, Woonzorg), HttpStatusCode.OK);
        await owner.CreateVersionAsync(id);

        var refused = await ExpectRefusedAsync(await owner.SubmitAsync(id, 1));

        Assert.Equal(HttpStatusCode.BadRequest, outsider.StatusCode);
        Assert.Equal(Messages.ParticipantNotAParty(3, ["Amstelzorg", "Woonzorg West", "ROC van Amsterdam", "HvA"]),
            (await outsider.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("participants[2].organisation")[0].GetString());
        Assert.StartsWith(Messages.PartiesWithoutParticipants(["HvA"]), refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_acts_only_in_a_role_their_sign_in_carries_and_losing_the_role_takes_effect_at_once()
    {
        using var owner = host.CreateClient(Roc);
        var id = await SubmittedAsync(owner, ExampleAnswers.AmsterdamWest, Roc, Amstelzorg, Woonzorg, Hva, HvaJurist);
        using var withoutRole = host.CreateClient(Amstelzorg.SignedInAs());
        using var otherRole = host.CreateClient(Amstelzorg.SignedInAs("opleiding"));
        using var withRole = host.CreateClient(Amstelzorg);
        using var juristAsTeacher = host.CreateClient(HvaJurist.SignedInAs("opleiding"));
        using var ownerWithoutRole = host.CreateClient(Roc.SignedInAs("zorg"));

        using var comment = await withRole.ReviewAsync(id, 1, "opmerking", "Nog een vraag.");
        using var afterRemoval = await withoutRole.ReviewAsync(id, 1, "goedkeuring");
        using var wrongRole = await otherRole.ReviewAsync(id, 1, "goedkeuring");
        using var finalising = await juristAsTeacher.FinalizeAsync(id);
        using var editing = await ownerWithoutRole.PostAsync($"/api/agreements/{id}/versions", content: null);
        using var reading = await withoutRole.GetAsync($"/api/agreements/{id}");

        await ExpectAsync(comment, HttpStatusCode.Created);
        foreach (var (response, detail) in new[]
        {
            (afterRemoval, Messages.SignInLacksRole("zorg", [])),
            (wrongRole, Messages.SignInLacksRole("zorg", ["opleiding"])),
            (finalising, Messages.SignInLacksRole("juridisch", ["opleiding"])),
            (editing, Messages.SignInLacksRole("opleiding", ["zorg"])),
        })
        {
            Assert.Equal(Messages.RoleForbiddenTitle, await AssertProblemAsync(response, HttpStatusCode.Forbidden));
            Assert.Equal(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, reading.StatusCode);
        Assert.Equal(["ROC van Amsterdam"], Organisations((await owner.GetAgreementAsync(id)).Agreement));
    }

    [Fact]
    public async Task A_sign_in_outside_a_partys_e_mail_domains_cannot_act_for_that_party()
    {
        var gmail = new TestPerson("anouk.bos@gmail.example", "Anouk Bos (privé)", "Amstelzorg", "zorg");
        using var owner = host.CreateClient(Roc);
        using var outside = host.CreateClient(gmail);
        using var inside = host.CreateClient(Amstelzorg);
        var (id, etag) = await owner.CreateAsync(ExampleAnswers.AmsterdamWest);
        await ExpectAsync(await owner.SetParticipantsAsync(id, etag, Roc, Amstelzorg, gmail, Woonzorg, Hva), HttpStatusCode.OK);

        // The domains are answered after the participants were named: the list is checked again when someone acts.
        var withDomains = ExampleAnswers.WithDomains(ExampleAnswers.AmsterdamWest, ("Amstelzorg", ["amstelzorg.example"]), ("HvA", ["hva.example", "hva.nl"]));
        var (_, current) = await owner.GetAgreementAsync(id);
        await ExpectAsync(await owner.SaveAnswersAsync(id, withDomains, current), HttpStatusCode.OK);
        await owner.CreateVersionAsync(id);
        await ExpectAsync(await owner.SubmitAsync(id, 1), HttpStatusCode.OK);

        using var refused = await outside.ReviewAsync(id, 1, "goedkeuring");
        using var accepted = await inside.ReviewAsync(id, 1, "goedkeuring");
        var (_, etagNow) = await owner.GetAgreementAsync(id);
        using var renamed = await owner.SetParticipantsAsync(id, etagNow, Roc, Amstelzorg, gmail, Woonzorg, Hva);

        Assert.Equal(Messages.RoleForbiddenTitle, await AssertProblemAsync(refused, HttpStatusCode.Forbidden));
        Assert.Equal(Messages.OutsidePartyDomains(gmail.Email, "Amstelzorg", ["amstelzorg.example"]),
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        await ExpectAsync(accepted, HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.Equal(Messages.ParticipantOutsideDomains(3, "Amstelzorg", ["amstelzorg.example"]),
            (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("participants[2].email")[0].GetString());
    }

    [Fact]
    public async Task A_version_whose_text_changes_were_asked_in_cannot_be_submitted_again()
    {
        using var owner = host.CreateClient(TestPerson.Opleider);
        using var laurens = host.CreateClient(TestPerson.LaurensZorg);
        var id = await SubmittedAsync(owner, ExampleAnswers.Laurens, TestPerson.Opleider, TestPerson.LaurensZorg);
        await ExpectAsync(await laurens.ReviewAsync(id, 1, "wijziging_gevraagd", "De opzegtermijn moet langer."), HttpStatusCode.Created);

        var again = await ExpectRefusedAsync(await owner.SubmitAsync(id, 1));
        await owner.CreateVersionAsync(id);
        var sameText = await ExpectRefusedAsync(await owner.SubmitAsync(id, 2));
        var (_, etag) = await owner.GetAgreementAsync(id);
        await ExpectAsync(await owner.SaveAnswersAsync(id, ExampleAnswers.LaurensNamed("Leerafdeling Laurens"), etag), HttpStatusCode.OK);
        await owner.CreateVersionAsync(id);

        Assert.StartsWith(Messages.ResubmittedUnchanged(1, 1), again, StringComparison.Ordinal);
        Assert.StartsWith(Messages.ResubmittedUnchanged(2, 1), sameText, StringComparison.Ordinal);
        await ExpectAsync(await owner.SubmitAsync(id, 3), HttpStatusCode.OK);
    }

    private static async Task<string> SubmittedAsync(HttpClient owner, string answers, params TestPerson[] participants)
    {
        var (id, etag) = await owner.CreateAsync(answers);
        await ExpectAsync(await owner.SetParticipantsAsync(id, etag, participants), HttpStatusCode.OK);
        await owner.CreateVersionAsync(id);
        await ExpectAsync(await owner.SubmitAsync(id, 1), HttpStatusCode.OK);
        return id;
    }

    private static List<string?> Organisations(JsonElement agreement) =>
        [.. agreement.GetProperty("approvals").EnumerateArray().Select(approval => approval.GetProperty("organisation").GetString())];

    public void Dispose() => host.Dispose();
}
