using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Review;
using static Overeenkomst.Functions.Tests.Review.ReviewClient;

namespace Overeenkomst.Functions.Tests.Signing;

/// <summary>
/// The Laurens–Albeda agreement as the signing tests need it: both parties list their e-mail domains, Laurens has one
/// signatory and Albeda two (three in all), each with the address they sign in with; and the calls the people involved make.
/// </summary>
public static class SigningClient
{
    /// <summary>Laurens' chair of the board: signs, takes no part otherwise, has no app role.</summary>
    public static TestPerson LaurensSigner { get; } = new TestPerson("m.vandijk@laurens.example", "Marijke van Dijk", "Laurens", "").SignedInAs();

    /// <summary>Albeda's first signatory.</summary>
    public static TestPerson AlbedaSigner { get; } = new TestPerson("p.degroot@albeda.example", "Paul de Groot", "Albeda", "").SignedInAs();

    /// <summary>Albeda's second signatory (its board signs jointly).</summary>
    public static TestPerson AlbedaSecondSigner { get; } = new TestPerson("a.visser@albeda.example", "Anne Visser", "Albeda", "").SignedInAs();

    /// <summary>The answers: the Laurens example with domains, signatories' addresses and Albeda's second signatory.</summary>
    public static string Answers
    {
        get
        {
            var root = JsonNode.Parse(ExampleAnswers.Laurens)!.AsObject();
            foreach (var party in root["partijen"]!.AsArray())
            {
                if (party!["korte_naam"]!.GetValue<string>() == "Laurens")
                {
                    party["email_domeinen"] = "laurens.example";
                    party["vertegenwoordiger_email"] = LaurensSigner.Email;
                }
                else
                {
                    party["email_domeinen"] = "albeda.example";
                    party["vertegenwoordiger_email"] = AlbedaSigner.Email;
                    party["tweede_vertegenwoordiger"] = true;
                    party["vertegenwoordiger2_naam"] = "mevrouw A. Visser";
                    party["vertegenwoordiger2_functie"] = "lid college van bestuur";
                    party["vertegenwoordiger2_email"] = AlbedaSecondSigner.Email;
                }
            }

            return root.ToJsonString();
        }
    }

    /// <summary>
    /// Creates the agreement with Laurens' reviewer and jurist as participants; each party whose name is in
    /// <paramref name="confirming"/> confirms its own block; version 1 is made, submitted and approved. Returns its id.
    /// </summary>
    public static async Task<string> ApprovedAsync(AgreementsHost host, string answers, params string[] confirming)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var owner = host.CreateClient(TestPerson.Opleider);
        using var laurens = host.CreateClient(TestPerson.LaurensZorg);
        var (id, etag) = await owner.CreateAsync(answers);
        await ExpectAsync(await owner.SetParticipantsAsync(id, etag, TestPerson.Opleider, TestPerson.LaurensZorg, TestPerson.Jurist), HttpStatusCode.OK);
        if (confirming.Contains("Laurens"))
        {
            await ExpectAsync(await laurens.ConfirmBlockAsync(id, "Laurens"), HttpStatusCode.OK);
        }

        if (confirming.Contains("Albeda"))
        {
            await ExpectAsync(await owner.ConfirmBlockAsync(id, "Albeda"), HttpStatusCode.OK);
        }

        await owner.CreateVersionAsync(id);
        await ExpectAsync(await owner.SubmitAsync(id, 1), HttpStatusCode.OK);
        await ExpectAsync(await laurens.ReviewAsync(id, 1, "goedkeuring"), HttpStatusCode.Created);
        return id;
    }

    /// <summary><see cref="ApprovedAsync"/>, then the jurist finalises; returns the id and the final's SHA-256.</summary>
    public static async Task<(string Id, string Sha256)> FinalisedAsync(AgreementsHost host, params string[] confirming)
    {
        ArgumentNullException.ThrowIfNull(host);
        var id = await ApprovedAsync(host, Answers, confirming.Length == 0 ? ["Laurens", "Albeda"] : confirming);
        using var jurist = host.CreateClient(TestPerson.Jurist);
        using var finalised = await jurist.FinalizeAsync(id);
        await ExpectAsync(finalised, HttpStatusCode.Created);
        return (id, (await finalised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sha256").GetString()!);
    }

    /// <summary>Confirms <paramref name="party"/>'s block as the agreement holds it now.</summary>
    public static async Task<HttpResponseMessage> ConfirmBlockAsync(this HttpClient client, string id, string party, string? etag = null)
    {
        etag ??= (await client.GetAgreementAsync(id)).ETag;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/agreements/{id}/parties/{Uri.EscapeDataString(party)}/confirmation");
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await client.SendAsync(request);
    }

    /// <summary>Replaces <paramref name="party"/>'s block with <paramref name="block"/>.</summary>
    public static async Task<HttpResponseMessage> SaveBlockAsync(this HttpClient client, string id, string party, object block, string? etag = null)
    {
        etag ??= (await client.GetAgreementAsync(id)).ETag;
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/agreements/{id}/parties/{Uri.EscapeDataString(party)}/block")
        {
            Content = AgreementsClient.Json(JsonSerializer.Serialize(block)),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> SignAsync(this HttpClient client, string id, string sha256) =>
        client.PostAsJsonAsync($"/api/agreements/{id}/signatures", new { sha256 });

    public static Task<HttpResponseMessage> SignOnPaperAsync(this HttpClient client, string id, string date, string sha256, string? party = null) =>
        client.PostAsJsonAsync($"/api/agreements/{id}/signatures/paper", new { date, sha256, party });

    public static async Task<JsonElement[]> SignaturesAsync(this HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/api/agreements/{id}/signatures");
        await ExpectAsync(response, HttpStatusCode.OK);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }
}
