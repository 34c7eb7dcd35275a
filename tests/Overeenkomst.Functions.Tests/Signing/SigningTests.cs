using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Storage;
using Overeenkomst.Tests.Support;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;
using static Overeenkomst.Functions.Tests.Signing.SigningClient;

namespace Overeenkomst.Functions.Tests.Signing;

/// <summary>
/// Signing the final in the product, over HTTP against Azurite: only the final's text, only as one of its signatories (signed
/// in with the address their own party confirmed, no role needed), only once; the last signature makes it ondertekend; a
/// jurist records a signing on paper; every signature is in the log and in the signing record.
/// </summary>
public sealed class SigningTests(AzuriteFixture azurite) : OpleiderOnAzurite(azurite)
{
    private static readonly string OtherText = new('a', 64);

    [Fact]
    public async Task Before_the_final_nobody_signs_and_a_signatory_who_takes_no_part_does_not_even_find_the_agreement()
    {
        var id = await ApprovedAsync(Host, Answers, "Laurens", "Albeda");
        using var signer = Host.CreateClient(LaurensSigner);

        Assert.Contains(Messages.NothingToSignYet, await ExpectRefusedAsync(await Client.SignAsync(id, OtherText)), StringComparison.Ordinal);
        await AssertProblemAsync(await signer.SignAsync(id, OtherText), HttpStatusCode.NotFound);
        await AssertProblemAsync(await signer.GetAsync($"/api/agreements/{id}"), HttpStatusCode.NotFound);
        Assert.All(await Client.SignaturesAsync(id), signatory => Assert.Equal(Messages.SignatoryWaitsForFinal, signatory.GetProperty("waiting").GetString()));
    }

    [Fact]
    public async Task Three_signatories_sign_the_final_in_the_product_and_the_agreement_becomes_ondertekend()
    {
        var (id, sha256) = await FinalisedAsync(Host);
        using var laurens = Host.CreateClient(LaurensSigner);
        using var albeda = Host.CreateClient(AlbedaSigner);
        using var albedaSecond = Host.CreateClient(AlbedaSecondSigner);

        // The signatory finds the agreement in their own list, though they take no part in it.
        Assert.Contains(await laurens.GetFromJsonAsync<JsonElement[]>("/api/agreements") ?? [], agreement => agreement.GetProperty("id").GetString() == id);
        await ExpectAsync(await laurens.SignAsync(id, sha256), HttpStatusCode.Created);
        await ExpectAsync(await albeda.SignAsync(id, sha256.ToUpperInvariant()), HttpStatusCode.Created);
        Assert.Equal("definitief", await Client.StatusAsync(id));
        await ExpectAsync(await albedaSecond.SignAsync(id, sha256), HttpStatusCode.Created);

        Assert.Equal("ondertekend", await Client.StatusAsync(id));
        var signatures = await laurens.SignaturesAsync(id);
        Assert.Equal(
            [("Laurens", "mevrouw drs. M.J. van Dijk", LaurensSigner.Email), ("Albeda", "de heer ir. P. de Groot", AlbedaSigner.Email), ("Albeda", "mevrouw A. Visser", AlbedaSecondSigner.Email)],
            signatures.Select(s => (s.GetProperty("party").GetString(), s.GetProperty("name").GetString(), s.GetProperty("email").GetString())));
        Assert.All(signatures, signature =>
        {
            Assert.Equal(JsonValueKind.String, signature.GetProperty("signedAt").ValueKind);
            Assert.Equal(sha256, signature.GetProperty("sha256").GetString());
            Assert.Equal("aad", signature.GetProperty("identityProvider").GetString());
            Assert.Equal("in_de_applicatie", signature.GetProperty("method").GetString());
            Assert.False(string.IsNullOrEmpty(signature.GetProperty("function").GetString()));
        });
        Assert.Equal("Marijke van Dijk", signatures[0].GetProperty("signedBy").GetString());
        var log = await Client.LogAsync(id);
        Assert.Equal([Messages.LogSigned, Messages.LogSigned, Messages.LogSignedByEveryone],
            log.Select(line => line.GetProperty("action").GetString()).Where(action => action!.StartsWith("ondertekend", StringComparison.Ordinal)));
        Assert.Contains(log, line => line.GetProperty("by").GetString() == AlbedaSecondSigner.Email
            && line.GetProperty("detail").GetString()!.Contains(sha256, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nobody_signs_another_text_than_the_final_nor_twice_nor_as_someone_else()
    {
        var (id, sha256) = await FinalisedAsync(Host);
        var draft = (await Client.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/versions"))![0].GetProperty("sha256").GetString()!;
        using var laurens = Host.CreateClient(LaurensSigner);
        using var stranger = Host.CreateClient(new TestPerson("m.vandijk@elders.example", "Marijke van Dijk", "Laurens", "").SignedInAs());
        using var reviewer = Host.CreateClient(TestPerson.LaurensZorg);

        Assert.StartsWith(Messages.NotTheFinalText(2, sha256), await ExpectRefusedAsync(await laurens.SignAsync(id, draft)), StringComparison.Ordinal);
        await AssertProblemAsync(await laurens.SignAsync(id, "geen hash"), HttpStatusCode.BadRequest);
        // Same name, another address: that is someone else, who does not even learn the agreement exists.
        await AssertProblemAsync(await stranger.SignAsync(id, sha256), HttpStatusCode.NotFound);
        // A participant may read, but signs only when their party named them.
        Assert.Equal(Messages.NotASignatoryTitle, await AssertProblemAsync(await reviewer.SignAsync(id, sha256), HttpStatusCode.Forbidden));
        await ExpectAsync(await laurens.SignAsync(id, sha256), HttpStatusCode.Created);

        Assert.StartsWith(Messages.AlreadySigned, await ExpectRefusedAsync(await laurens.SignAsync(id, sha256)), StringComparison.Ordinal);
        Assert.Single(await Client.LogAsync(id), line => line.GetProperty("action").GetString() == Messages.LogSigned);
    }

    [Fact]
    public async Task A_signatory_who_takes_no_part_reads_the_agreement_its_final_and_its_calendar_and_nothing_else()
    {
        var (id, _) = await FinalisedAsync(Host);
        using var signer = Host.CreateClient(AlbedaSecondSigner);

        await ExpectAsync(await signer.GetAsync($"/api/agreements/{id}"), HttpStatusCode.OK);
        Assert.Equal([2], (await signer.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/versions"))!.Select(v => v.GetProperty("number").GetInt32()));
        await ExpectAsync(await signer.GetAsync($"/api/agreements/{id}/versions/2/document"), HttpStatusCode.OK);
        await ExpectAsync(await signer.GetAsync($"/api/agreements/{id}/versions/2/preview"), HttpStatusCode.OK);
        await ExpectAsync(await signer.GetAsync($"/api/agreements/{id}/agenda.ics"), HttpStatusCode.OK);
        await ExpectAsync(await signer.GetAsync($"/api/agreements/{id}/signatures/document"), HttpStatusCode.OK);
        foreach (var path in new[] { "versions/1/document", "versions/1/preview", "log", "reviews", "clauses", "parties", "versions/1/compare/2" })
        {
            await AssertProblemAsync(await signer.GetAsync($"/api/agreements/{id}/{path}"), HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task A_party_that_did_not_confirm_its_block_names_its_signatory_after_finalising_without_touching_the_final()
    {
        var (id, sha256) = await FinalisedAsync(Host, "Laurens");
        using var albeda = Host.CreateClient(AlbedaSigner);
        using var laurensReviewer = Host.CreateClient(TestPerson.LaurensZorg);
        var waiting = (await Client.SignaturesAsync(id)).Where(s => s.GetProperty("party").GetString() == "Albeda").ToList();
        Assert.All(waiting, signatory =>
        {
            Assert.Equal(JsonValueKind.Null, signatory.GetProperty("email").ValueKind);
            Assert.Equal(Messages.SignatoryWaitsForBlock("Albeda"), signatory.GetProperty("waiting").GetString());
        });
        await AssertProblemAsync(await albeda.SignAsync(id, sha256), HttpStatusCode.NotFound);

        // Laurens cannot name Albeda's signer; Albeda's own participant can.
        Assert.Equal(Messages.RoleForbiddenTitle, await AssertProblemAsync(
            await laurensReviewer.PutAsJsonAsync($"/api/agreements/{id}/signatories/Albeda/1", new { email = "iemand@laurens.example" }), HttpStatusCode.Forbidden));
        await ExpectAsync(await Client.PutAsJsonAsync($"/api/agreements/{id}/signatories/Albeda/1", new { email = AlbedaSigner.Email }), HttpStatusCode.OK);
        await ExpectAsync(await albeda.SignAsync(id, sha256), HttpStatusCode.Created);

        Assert.Equal(new[] { 1, 2 }, await Client.VersionNumbersAsync(id));
        Assert.Equal(sha256, (await Client.GetFromJsonAsync<JsonElement[]>($"/api/agreements/{id}/versions"))![1].GetProperty("sha256").GetString());
        Assert.Contains(await Client.LogAsync(id), line => line.GetProperty("action").GetString() == Messages.LogSignatoryEmailCorrected);
        await ExpectRefusedAsync(await Client.PutAsJsonAsync($"/api/agreements/{id}/signatories/Albeda/1", new { email = "ander@albeda.example" }));
    }

    [Fact]
    public async Task A_jurist_records_a_signing_on_paper_with_its_date_and_the_scan_and_the_agreement_becomes_ondertekend()
    {
        var (id, sha256) = await FinalisedAsync(Host);
        using var jurist = Host.CreateClient(TestPerson.Jurist);
        using var laurens = Host.CreateClient(LaurensSigner);
        var scan = Convert.ToHexStringLower(SHA256.HashData("scan van het getekende exemplaar"u8));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await ExpectAsync(await laurens.SignAsync(id, sha256), HttpStatusCode.Created);

        Assert.Equal(Messages.RoleForbiddenTitle, await AssertProblemAsync(await Client.SignOnPaperAsync(id, today, scan), HttpStatusCode.Forbidden));
        await AssertProblemAsync(await jurist.SignOnPaperAsync(id, today, "scan.pdf"), HttpStatusCode.BadRequest);
        await ExpectRefusedAsync(await jurist.SignOnPaperAsync(id, "2999-01-01", scan));
        await ExpectAsync(await jurist.SignOnPaperAsync(id, today, scan, "Albeda"), HttpStatusCode.Created);

        Assert.Equal("ondertekend", await Client.StatusAsync(id));
        var signatures = await Client.SignaturesAsync(id);
        Assert.Equal(["in_de_applicatie", "buiten_de_applicatie", "buiten_de_applicatie"], signatures.Select(s => s.GetProperty("method").GetString()));
        Assert.Equal([sha256, scan, scan], signatures.Select(s => s.GetProperty("sha256").GetString()));
        Assert.Contains(await Client.LogAsync(id), line => line.GetProperty("action").GetString() == Messages.LogSignedByEveryone
            && line.GetProperty("detail").GetString()!.Contains(scan, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_signing_record_lists_every_signature_with_its_hash_is_valid_and_the_same_bytes_every_time()
    {
        var (id, sha256) = await FinalisedAsync(Host);
        using var laurens = Host.CreateClient(LaurensSigner);
        await ExpectAsync(await laurens.SignAsync(id, sha256), HttpStatusCode.Created);

        var first = await Client.GetByteArrayAsync($"/api/agreements/{id}/signatures/document");
        var again = await laurens.GetByteArrayAsync($"/api/agreements/{id}/signatures/document");

        Assert.Equal(first, again);
        DocxAssert.IsValid(first);
        using var word = new WordDocument(first);
        var text = word.Text();
        Assert.Contains(Messages.SigningRecordTitle, text, StringComparison.Ordinal);
        Assert.Contains(sha256, text, StringComparison.Ordinal);
        Assert.Contains("Laurens: mevrouw drs. M.J. van Dijk", text, StringComparison.Ordinal);
        Assert.Contains(LaurensSigner.Email, text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split(Messages.SigningRecordNotYetSigned).Length - 1);
    }
}
