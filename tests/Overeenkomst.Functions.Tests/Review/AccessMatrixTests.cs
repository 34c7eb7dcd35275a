using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Clauses;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;
using static Overeenkomst.Functions.Tests.Signing.SigningClient;

namespace Overeenkomst.Functions.Tests.Review;

/// <summary>
/// Every agreement endpoint × every role × (participant or not), each cell with the status it must answer: outsiders get
/// 404 everywhere (the agreement's existence stays hidden), participants get 403 where their role does not allow the step.
/// </summary>
public sealed class AccessMatrixTests(ReviewHost fixture) : IClassFixture<ReviewHost>
{
    private static readonly TestPerson OutsideOpleiding = new("k.smit@zadkine.example", "Karin Smit", "Zadkine", "opleiding");
    private static readonly TestPerson OutsideJurist = new("jurist@erasmusmc.example", "mr. Ali Yilmaz", "Erasmus MC", "juridisch");

    private static readonly Dictionary<string, TestPerson> Participants = new()
    {
        ["opleiding"] = TestPerson.Opleider,
        ["zorg"] = TestPerson.LaurensZorg,
        ["juridisch"] = TestPerson.Jurist,
    };

    private static readonly Dictionary<string, TestPerson> Outsiders = new()
    {
        ["opleiding"] = OutsideOpleiding,
        ["zorg"] = TestPerson.ErasmusZorg,
        ["juridisch"] = OutsideJurist,
    };

    // The agreement is a concept with version 1, so a step a role may take gets past the gate and answers what the
    // lifecycle says (finalising a concept: 409) — the point of each cell is who gets through, not the step itself.
    private static readonly (string Endpoint, int Opleiding, int Zorg, int Juridisch)[] Table =
    [
        ("GetAgreement", 200, 200, 200),
        ("SaveAnswers", 200, 403, 403),
        ("SetParticipants", 200, 403, 403),
        ("CreateVersion", 201, 403, 403),
        ("ListVersions", 200, 200, 200),
        ("DownloadVersion", 200, 200, 200),
        ("PreviewVersion", 200, 200, 200),
        ("VerifyVersion", 200, 200, 200),
        ("SubmitForReview", 200, 403, 403),
        ("AddReview", 201, 201, 201),
        ("ListReviews", 200, 200, 200),
        ("FinalizeAgreement", 403, 403, 409),
        ("GetLog", 200, 200, 200),
        ("ListClauses", 200, 200, 200),
        ("EditClause", 200, 403, 200),
        // After the text is final (issue 17). Before finalising, signing and its record are refused by the lifecycle (409);
        // a party's own block and its signatories' addresses are Laurens' own here, so Albeda's opleiding gets 403.
        ("ListSignatures", 200, 200, 200),
        ("SignAgreement", 409, 409, 409),
        ("RecordPaperSigning", 403, 403, 409),
        ("CorrectSignatoryEmail", 403, 409, 409),
        ("DownloadSigningRecord", 409, 409, 409),
        ("DownloadAgenda", 200, 200, 200),
        ("ListAgenda", 200, 200, 200),
        ("RenewAgreement", 409, 403, 403),
        ("ListPartyBlocks", 200, 200, 200),
        ("SavePartyBlock", 403, 200, 200),
        ("ConfirmPartyBlock", 403, 422, 422),
    ];

    public static TheoryData<string, string, bool, int> Matrix
    {
        get
        {
            var data = new TheoryData<string, string, bool, int>();
            foreach (var (endpoint, opleiding, zorg, juridisch) in Table)
            {
                foreach (var (role, expected) in new[] { ("opleiding", opleiding), ("zorg", zorg), ("juridisch", juridisch) })
                {
                    data.Add(endpoint, role, true, expected);
                    data.Add(endpoint, role, false, 404);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_endpoint_answers_each_role_as_the_table_says(string endpoint, string role, bool participant, int expected)
    {
        var (id, etag, clauseId) = await PrepareAsync();
        using var client = fixture.Host.CreateClient(participant ? Participants[role] : Outsiders[role]);

        using var response = await CallAsync(client, endpoint, id, etag, clauseId);

        Assert.True((int)response.StatusCode == expected,
            $"{endpoint} by {(participant ? "" : "non-")}participant {role}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (expected == 404)
        {
            Assert.Equal(Messages.AgreementNotFoundTitle, await AssertProblemAsync(response, HttpStatusCode.NotFound));
        }
        else if (expected == 403)
        {
            Assert.Equal(Messages.RoleForbiddenTitle, await AssertProblemAsync(response, HttpStatusCode.Forbidden));
        }
    }

    [Theory]
    [InlineData("opleiding")]
    [InlineData("zorg")]
    [InlineData("juridisch")]
    public async Task The_list_shows_an_agreement_to_its_participants_and_to_nobody_else(string role)
    {
        var (id, _, _) = await PrepareAsync();
        using var insider = fixture.Host.CreateClient(Participants[role]);
        using var outsider = fixture.Host.CreateClient(Outsiders[role]);

        var seenByInsider = await ListedIdsAsync(insider);
        var seenByOutsider = await ListedIdsAsync(outsider);

        Assert.Contains(id, seenByInsider);
        Assert.DoesNotContain(id, seenByOutsider);
    }

    [Theory]
    [InlineData("opleiding", HttpStatusCode.Created)]
    [InlineData("zorg", HttpStatusCode.Forbidden)]
    [InlineData("juridisch", HttpStatusCode.Forbidden)]
    public async Task Only_the_opleiding_role_creates_agreements(string role, HttpStatusCode expected)
    {
        using var client = fixture.Host.CreateClient(Outsiders[role]);

        using var response = await client.PostAsync("/api/agreements", Json(ExampleAnswers.Laurens));

        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<(string Id, string ETag, string ClauseId)> PrepareAsync()
    {
        using var owner = fixture.Host.CreateClient(TestPerson.Opleider);
        var (id, etag) = await owner.CreateAsync(ExampleAnswers.Laurens);
        using var participants = await owner.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg, TestPerson.Jurist);
        await ReviewClient.ExpectAsync(participants, HttpStatusCode.OK);
        await owner.CreateVersionAsync(id);
        var clause = Clauses.ClausesClient.PlainMember((await owner.ClausesAsync(id)).Clauses);
        return (id, participants.Headers.ETag!.Tag, clause.GetProperty("id").GetString()!);
    }

    private static Task<HttpResponseMessage> CallAsync(HttpClient client, string endpoint, string id, string etag, string clauseId)
    {
        var root = $"/api/agreements/{id}";
        return endpoint switch
        {
            "GetAgreement" => client.GetAsync(root),
            "SaveAnswers" => client.SaveAnswersAsync(id, ExampleAnswers.ErasmusMc, etag),
            "SetParticipants" => client.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg),
            "CreateVersion" => client.PostAsync($"{root}/versions", content: null),
            "ListVersions" => client.GetAsync($"{root}/versions"),
            "DownloadVersion" => client.GetAsync($"{root}/versions/1/document"),
            "PreviewVersion" => client.GetAsync($"{root}/versions/1/preview"),
            "VerifyVersion" => client.PostAsync($"{root}/versions/1/verify", content: null),
            "SubmitForReview" => client.SubmitAsync(id, 1),
            "AddReview" => client.ReviewAsync(id, 1, "opmerking", "Graag de begindatum noemen.", "Artikel 10"),
            "ListReviews" => client.GetAsync($"{root}/reviews"),
            "FinalizeAgreement" => client.FinalizeAsync(id),
            "GetLog" => client.GetAsync($"{root}/log"),
            "ListClauses" => client.GetAsync($"{root}/clauses"),
            "EditClause" => client.EditClauseAsync(id, clauseId, "Eigen tekst.", "Afgestemd met de jurist.", etag),
            "ListSignatures" => client.GetAsync($"{root}/signatures"),
            "SignAgreement" => client.SignAsync(id, new string('a', 64)),
            "RecordPaperSigning" => client.SignOnPaperAsync(id, "2026-12-01", new string('b', 64)),
            "CorrectSignatoryEmail" => client.PutAsJsonAsync($"{root}/signatories/Laurens/1", new { email = "m.vandijk@laurens.example" }),
            "DownloadSigningRecord" => client.GetAsync($"{root}/signatures/document"),
            "DownloadAgenda" => client.GetAsync($"{root}/agenda.ics"),
            "ListAgenda" => client.GetAsync($"{root}/agenda"),
            "RenewAgreement" => client.PostAsync($"{root}/renewal", content: null),
            "ListPartyBlocks" => client.GetAsync($"{root}/parties"),
            "SavePartyBlock" => client.SaveBlockAsync(id, "Laurens", new { naam = "Stichting Laurens" }, etag),
            // The example names no e-mail domains, so a confirmation that gets through is refused for that (422).
            "ConfirmPartyBlock" => client.ConfirmBlockAsync(id, "Laurens", etag),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };
    }

    private static async Task<List<string>> ListedIdsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/agreements")).EnumerateArray().Select(item => item.GetProperty("id").GetString()!)];
}
