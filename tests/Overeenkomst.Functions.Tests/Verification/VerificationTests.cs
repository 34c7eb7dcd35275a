using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Finalising;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Rendering;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;

namespace Overeenkomst.Functions.Tests.Verification;

/// <summary>
/// Versions verify against their recorded SHA-256 and a fresh render, also after a deploy changed the templates; a Word
/// file is recognised for the participants of its agreement and for nobody else. Against Azurite.
/// </summary>
public sealed class VerificationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private static readonly TestPerson Outsider = new("k.smit@zadkine.example", "Karin Smit", "Zadkine", "opleiding");

    private readonly Dictionary<string, string> settings = AgreementsHost.Blob(azurite.Azurite.ConnectionString);
    private readonly ChangedTemplates changedTemplates = new("Een zin van na de goedkeuring.");

    private AgreementsHost Host => field ??= new AgreementsHost(settings);

    [Fact]
    public async Task A_draft_verifies_by_its_recorded_hash_and_by_rendering_it_again()
    {
        using var owner = Host.CreateClient(TestPerson.Opleider);
        var (id, _) = await owner.CreateAsync(ExampleAnswers.Laurens);
        var version = await owner.CreateVersionAsync(id);

        var check = await owner.VerifyAsync(id, 1);

        Assert.True(check.GetProperty("matches").GetBoolean());
        Assert.True(check.GetProperty("reproducible").GetBoolean());
        Assert.Equal(version.GetProperty("sha256").GetString(), check.GetProperty("sha256").GetString());
        Assert.Equal(version.GetProperty("sha256").GetString(), check.GetProperty("renderedSha256").GetString());
        Assert.Equal(version.GetProperty("templateVersion").GetString(), check.GetProperty("templateVersion").GetString());
    }

    [Fact]
    public async Task After_a_deploy_changed_the_templates_the_approved_version_and_its_final_verify_with_their_kept_template_set()
    {
        using var owner = Host.CreateClient(TestPerson.Opleider);
        var id = await ApprovedAgreement.CreateAsync(owner, Host.CreateClient(TestPerson.LaurensZorg));
        using var deployed = new AgreementsHost(changedTemplates.Deployed(settings));
        using var jurist = deployed.CreateClient(TestPerson.Jurist);
        await ExpectAsync(await jurist.FinalizeAsync(id), HttpStatusCode.Created);

        var approved = await jurist.VerifyAsync(id, 1);
        var final = await jurist.VerifyAsync(id, 2);

        foreach (var check in new[] { approved, final })
        {
            Assert.True(check.GetProperty("matches").GetBoolean(), check.ToString());
            Assert.True(check.GetProperty("reproducible").GetBoolean(), check.ToString());
            Assert.Equal(check.GetProperty("sha256").GetString(), check.GetProperty("renderedSha256").GetString());
        }

        Assert.Equal(approved.GetProperty("templateVersion").GetString(), final.GetProperty("templateVersion").GetString());
    }

    [Fact]
    public async Task A_participant_learns_which_version_a_Word_file_is_and_an_outsider_gets_the_answer_of_a_file_never_made_here()
    {
        using var owner = Host.CreateClient(TestPerson.Opleider);
        using var jurist = Host.CreateClient(TestPerson.Jurist);
        using var outsider = Host.CreateClient(Outsider);
        var id = await ApprovedAgreement.CreateAsync(owner, Host.CreateClient(TestPerson.LaurensZorg));
        await ExpectAsync(await jurist.FinalizeAsync(id), HttpStatusCode.Created);
        var draft = await owner.GetByteArrayAsync($"/api/agreements/{id}/versions/1/document");
        var final = await jurist.GetByteArrayAsync($"/api/agreements/{id}/versions/2/document");

        using var draftFound = await jurist.IdentifyAsync(draft);
        using var finalFound = await owner.IdentifyAsync(final);
        using var hidden = await outsider.IdentifyAsync(final);
        using var unknown = await jurist.IdentifyAsync([.. final, 0]);

        Assert.Equal($"{id} 1 concept", Describe(await draftFound.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal($"{id} 2 definitief", Describe(await finalFound.Content.ReadFromJsonAsync<JsonElement>()));
        foreach (var answer in new[] { hidden, unknown })
        {
            Assert.Equal(Messages.UnknownDocumentTitle, await AssertProblemAsync(answer, HttpStatusCode.NotFound));
        }

        Assert.Equal(ProblemText(await hidden.Content.ReadFromJsonAsync<JsonElement>()), ProblemText(await unknown.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Fact]
    public async Task A_document_check_takes_only_a_Word_file_of_reasonable_size_from_someone_signed_in()
    {
        using var owner = Host.CreateClient(TestPerson.Opleider);
        using var anonymous = Host.CreateClient();

        using var notWord = await owner.IdentifyAsync([1, 2, 3], "application/json");
        using var empty = await owner.IdentifyAsync([]);
        using var tooLarge = await owner.IdentifyAsync(new byte[(5 * 1024 * 1024) + 1]);
        using var signedOut = await anonymous.IdentifyAsync([1, 2, 3]);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notWord.StatusCode);
        Assert.Equal(Messages.DocumentMissingTitle, await AssertProblemAsync(empty, HttpStatusCode.BadRequest));
        Assert.Equal(Messages.DocumentTooLargeTitle, await AssertProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge));
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
    }

    [Fact]
    public async Task Every_version_is_in_the_index_under_the_SHA256_of_its_Word_file()
    {
        using var owner = Host.CreateClient(TestPerson.Opleider);
        var (id, _) = await owner.CreateAsync(ExampleAnswers.Laurens);
        var first = await owner.CreateVersionAsync(id);
        var second = await owner.CreateVersionAsync(id);

        foreach (var version in new[] { first, second })
        {
            var bytes = await owner.GetByteArrayAsync(version.GetProperty("document").GetString());
            Assert.Equal(version.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
            using var found = await owner.IdentifyAsync(bytes);
            Assert.Equal(version.GetProperty("number").GetInt32(), (await found.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        }
    }

    private static string Describe(JsonElement found) =>
        $"{found.GetProperty("agreementId").GetString()} {found.GetProperty("version").GetInt32()} {found.GetProperty("kind").GetString()}";

    // Everything a problem says, except the trace id that differs per request.
    private static string ProblemText(JsonElement problem) =>
        string.Join("|", problem.EnumerateObject().Where(property => property.Name != "traceId").Select(property => $"{property.Name}={property.Value}"));

    public void Dispose()
    {
        Host.Dispose();
        changedTemplates.Dispose();
    }
}
