using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;
using static Overeenkomst.Functions.Tests.Signing.SigningClient;

namespace Overeenkomst.Functions.Tests.Organisations;

/// <summary>
/// Organisations fill in their own block, over HTTP against Azurite: a participant of a party edits and confirms that
/// party's block and no other, in any role; a confirmation keeps the block as the organisation's profile, which the next
/// agreement is offered — in full to its own people, only its public part to anyone else.
/// </summary>
public sealed class PartyBlockTests(AzuriteFixture azurite) : OpleiderOnAzurite(azurite)
{
    private const string LaurensKvk = "24352716";

    [Fact]
    public async Task A_participant_fills_in_and_confirms_their_own_partys_block_and_no_other_in_any_role()
    {
        var id = await WithParticipantsAsync();
        using var laurens = Host.CreateClient(TestPerson.LaurensZorg);
        using var outsider = Host.CreateClient(TestPerson.ErasmusZorg);
        var block = BlockOf(await Client.GetAgreementAsync(id), "Laurens");
        block["iban"] = "NL91ABNA0417164300";

        Assert.Equal(Messages.RoleForbiddenTitle, await AssertProblemAsync(await laurens.SaveBlockAsync(id, "Albeda", block), HttpStatusCode.Forbidden));
        Assert.Equal(Messages.RoleForbiddenTitle, await AssertProblemAsync(await laurens.ConfirmBlockAsync(id, "Albeda"), HttpStatusCode.Forbidden));
        Assert.Equal(Messages.RoleForbiddenTitle, await AssertProblemAsync(await Client.SaveBlockAsync(id, "Laurens", block), HttpStatusCode.Forbidden));
        await AssertProblemAsync(await outsider.SaveBlockAsync(id, "Laurens", block, "\"x\""), HttpStatusCode.NotFound);
        await AssertProblemAsync(await laurens.SaveBlockAsync(id, "Zadkine", block), HttpStatusCode.NotFound);
        await AssertProblemAsync(await laurens.SaveBlockAsync(id, "Laurens", new { contact_naam = "Iemand anders" }), HttpStatusCode.UnprocessableEntity);

        await ExpectAsync(await laurens.SaveBlockAsync(id, "Laurens", block), HttpStatusCode.OK);
        await ExpectAsync(await laurens.ConfirmBlockAsync(id, "Laurens"), HttpStatusCode.OK);

        var (agreement, _) = await Client.GetAgreementAsync(id);
        Assert.Equal("NL91ABNA0417164300", BlockOf((agreement, ""), "Laurens")["iban"]!.GetValue<string>());
        Assert.Equal("Fatima el Amrani", agreement.GetProperty("answers").GetProperty("partijen")[0].GetProperty("contact_naam").GetString());
        var parties = await Client.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/parties");
        Assert.Equal(TestPerson.LaurensZorg.Email, parties!.Single(p => p.GetProperty("party").GetString() == "Laurens").GetProperty("confirmed").GetProperty("by").GetString());
        var albeda = parties!.Single(p => p.GetProperty("party").GetString() == "Albeda");
        Assert.Equal(JsonValueKind.Null, albeda.GetProperty("confirmed").ValueKind);
        Assert.Equal([TestPerson.Opleider.Email], albeda.GetProperty("waitingFor").EnumerateArray().Select(person => person.GetProperty("email").GetString()));
        var log = await Client.LogAsync(id);
        Assert.Contains(log, line => line.GetProperty("action").GetString() == Messages.LogBlockSaved("Laurens")
            && line.GetProperty("changes").EnumerateArray().Any(change => change.GetProperty("path").GetString() == "partijen[0].iban"));
        Assert.Contains(log, line => line.GetProperty("action").GetString() == Messages.LogBlockConfirmed("Laurens"));
    }

    [Fact]
    public async Task A_change_to_a_confirmed_block_by_anyone_else_puts_it_back_among_the_blocks_that_wait()
    {
        var id = await WithParticipantsAsync();
        using var laurens = Host.CreateClient(TestPerson.LaurensZorg);
        await ExpectAsync(await laurens.ConfirmBlockAsync(id, "Laurens"), HttpStatusCode.OK);
        var (agreement, etag) = await Client.GetAgreementAsync(id);
        var answers = JsonNode.Parse(agreement.GetProperty("answers").GetRawText())!;
        answers["partijen"]![0]!["vertegenwoordiger_email"] = "iemand@albeda.example";

        await ExpectAsync(await Client.SaveAnswersAsync(id, answers.ToJsonString(), etag), HttpStatusCode.OK);

        var parties = await Client.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/parties");
        Assert.Equal(JsonValueKind.Null, parties![0].GetProperty("confirmed").ValueKind);
    }

    [Fact]
    public async Task A_confirmation_during_review_returns_the_agreement_to_concept_and_needs_the_domains_and_a_valid_block()
    {
        var id = await ApprovedAsync(Host, ExampleAnswers.Laurens);
        using var laurens = Host.CreateClient(TestPerson.LaurensZorg);

        // The example lists no e-mail domains: a confirmation without them would tie the block to nobody.
        using var withoutDomains = await laurens.ConfirmBlockAsync(id, "Laurens");
        await AssertProblemAsync(withoutDomains, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("partijen[0].email_domeinen", await withoutDomains.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("approved", await Client.StatusAsync(id));

        var block = BlockOf(await Client.GetAgreementAsync(id), "Laurens");
        block["email_domeinen"] = "laurens.example";
        block["postcode"] = "geen postcode";
        await ExpectAsync(await laurens.SaveBlockAsync(id, "Laurens", block), HttpStatusCode.OK);
        using var invalid = await laurens.ConfirmBlockAsync(id, "Laurens");
        Assert.Contains("partijen[0].postcode", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        block["postcode"] = "3023 DH";
        await ExpectAsync(await laurens.SaveBlockAsync(id, "Laurens", block), HttpStatusCode.OK);
        await ExpectAsync(await laurens.ConfirmBlockAsync(id, "Laurens"), HttpStatusCode.OK);

        Assert.Equal("concept", await Client.StatusAsync(id));
        Assert.Contains(await Client.LogAsync(id), line => line.GetProperty("action").GetString() == Messages.LogReturnedToConcept);
    }

    [Fact]
    public async Task A_confirmed_block_is_the_organisations_profile_offered_in_full_to_its_people_and_only_in_part_to_others()
    {
        var first = await WithParticipantsAsync();
        using var laurens = Host.CreateClient(TestPerson.LaurensZorg);
        await ExpectAsync(await laurens.ConfirmBlockAsync(first, "Laurens"), HttpStatusCode.OK);

        // A second agreement names Laurens by its KvK number only; the profile is there for it.
        var second = JsonNode.Parse(Answers)!.AsObject();
        var row = second["partijen"]![0]!.AsObject();
        foreach (var field in row.Select(pair => pair.Key).ToList().Where(field => field is not ("korte_naam" or "kvk" or "contact_naam" or "contact_email" or "contact_telefoon" or "verstuurt_facturen")))
        {
            row.Remove(field);
        }

        var (secondId, etag) = await Client.CreateAsync(second.ToJsonString());
        await ExpectAsync(await Client.SetParticipantsAsync(secondId, etag, TestPerson.Opleider, TestPerson.LaurensZorg), HttpStatusCode.OK);
        Assert.True((await Client.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{secondId}/parties"))![0].GetProperty("profileExists").GetBoolean());

        var own = await laurens.GetFromJsonAsync<JsonElement>($"/api/organisations/{LaurensKvk}");
        var others = await Client.GetFromJsonAsync<JsonElement>($"/api/organisations/{LaurensKvk}");
        Assert.True(own.GetProperty("member").GetBoolean());
        Assert.Equal(LaurensSigner.Email, own.GetProperty("fields").GetProperty("vertegenwoordiger_email").GetString());
        Assert.Equal("NL44RABO0123456789", own.GetProperty("fields").GetProperty("iban").GetString());
        Assert.False(others.GetProperty("member").GetBoolean());
        Assert.Equal(["adres", "kvk", "naam", "plaats", "postcode", "rechtsvorm", "soort", "vestigingsplaats"],
            others.GetProperty("fields").EnumerateObject().Select(field => field.Name).Order());

        // Laurens fills its block in the second agreement from its profile, and confirms it there.
        var fromProfile = JsonNode.Parse(own.GetProperty("fields").GetRawText())!;
        await ExpectAsync(await laurens.SaveBlockAsync(secondId, "Laurens", fromProfile), HttpStatusCode.OK);
        await ExpectAsync(await laurens.ConfirmBlockAsync(secondId, "Laurens"), HttpStatusCode.OK);
        var reused = BlockOf(await Client.GetAgreementAsync(secondId), "Laurens");
        Assert.Equal("Stichting Laurens", reused["naam"]!.GetValue<string>());
        Assert.Equal(LaurensSigner.Email, reused["vertegenwoordiger_email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_someone_in_the_organisations_domains_changes_its_profile_and_every_change_is_logged()
    {
        var id = await WithParticipantsAsync();
        using var laurens = Host.CreateClient(TestPerson.LaurensZorg);
        await ExpectAsync(await laurens.ConfirmBlockAsync(id, "Laurens"), HttpStatusCode.OK);
        using var read = await laurens.GetAsync($"/api/organisations/{LaurensKvk}");
        var profile = JsonNode.Parse((await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fields").GetRawText())!;
        profile["adres"] = "Rochussenstraat 317";

        Assert.Equal(Messages.ProfileForbiddenTitle, await AssertProblemAsync(await PutProfileAsync(Client, profile, read.Headers.ETag!.Tag), HttpStatusCode.Forbidden));
        await AssertProblemAsync(await PutProfileAsync(laurens, profile, null), HttpStatusCode.PreconditionRequired);
        await ExpectAsync(await PutProfileAsync(laurens, profile, read.Headers.ETag!.Tag), HttpStatusCode.OK);
        await AssertProblemAsync(await PutProfileAsync(laurens, profile, read.Headers.ETag!.Tag), HttpStatusCode.PreconditionFailed);

        Assert.Equal("Rochussenstraat 317", (await Client.GetFromJsonAsync<JsonElement>($"/api/organisations/{LaurensKvk}")).GetProperty("fields").GetProperty("adres").GetString());
        var log = await laurens.GetFromJsonAsync<JsonElement[]>($"/api/organisations/{LaurensKvk}/log");
        Assert.Equal(2, log!.Length);
        Assert.Equal(["adres"], log[1].GetProperty("changes").EnumerateArray().Select(change => change.GetProperty("path").GetString()));
        Assert.DoesNotContain("Rochussenstraat", JsonSerializer.Serialize(log), StringComparison.Ordinal);
        await AssertProblemAsync(await Client.GetAsync($"/api/organisations/{LaurensKvk}/log"), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await Client.GetAsync("/api/organisations/99999999"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_block_that_names_another_organisations_kvk_number_cannot_be_confirmed_into_its_profile()
    {
        var id = await WithParticipantsAsync();
        using var laurens = Host.CreateClient(TestPerson.LaurensZorg);
        await ExpectAsync(await laurens.ConfirmBlockAsync(id, "Laurens"), HttpStatusCode.OK);
        var albeda = BlockOf(await Client.GetAgreementAsync(id), "Albeda");
        albeda["kvk"] = LaurensKvk;
        await ExpectAsync(await Client.SaveBlockAsync(id, "Albeda", albeda), HttpStatusCode.OK);

        Assert.Equal(Messages.ProfileForbiddenTitle, await AssertProblemAsync(await Client.ConfirmBlockAsync(id, "Albeda"), HttpStatusCode.Forbidden));
    }

    private async Task<string> WithParticipantsAsync()
    {
        var (id, etag) = await Client.CreateAsync(Answers);
        await ExpectAsync(await Client.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg, TestPerson.Jurist), HttpStatusCode.OK);
        return id;
    }

    private static JsonObject BlockOf((JsonElement Agreement, string ETag) read, string party)
    {
        var row = read.Agreement.GetProperty("answers").GetProperty("partijen").EnumerateArray().Single(p => p.GetProperty("korte_naam").GetString() == party);
        var block = new JsonObject();
        foreach (var field in row.EnumerateObject().Where(field => Overeenkomst.Agreements.Organisations.OrganisationBlock.IsField(field.Name)))
        {
            block[field.Name] = JsonNode.Parse(field.Value.GetRawText());
        }

        return block;
    }

    private static Task<HttpResponseMessage> PutProfileAsync(HttpClient client, JsonNode profile, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/organisations/{LaurensKvk}") { Content = Json(profile.ToJsonString()) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return client.SendAsync(request);
    }
}
