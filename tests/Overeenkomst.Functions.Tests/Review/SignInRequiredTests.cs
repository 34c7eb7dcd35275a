using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Hosting;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;

namespace Overeenkomst.Functions.Tests.Review;

/// <summary>No agreement endpoint answers anyone who is not signed in: no header, or a forged or malformed one, is 401 — never 500.</summary>
public sealed class SignInRequiredTests(ReviewHost fixture) : IClassFixture<ReviewHost>
{
    private const string Id = "0123456789abcdef0123456789abcdef";

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Every_agreements_endpoint_answers_401_without_a_signed_in_user()
    {
        var endpoints = HandlerEndpoints.Of(fixture.Host.Services)
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith("/api/agreements", StringComparison.Ordinal))
            .ToList();
        using var anonymous = fixture.Host.CreateClient();

        Assert.Equal(33, endpoints.Count);
        foreach (var endpoint in endpoints)
        {
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single();
            var path = endpoint.RoutePattern.RawText!.Replace("{id}", Id, StringComparison.Ordinal).Replace("{n:int}", "1", StringComparison.Ordinal).Replace("{m:int}", "1", StringComparison.Ordinal)
                .Replace("{party}", "Laurens", StringComparison.Ordinal).Replace("{position:int}", "1", StringComparison.Ordinal);
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method is "GET" ? null : Json("{}") };

            using var response = await anonymous.SendAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {response.StatusCode}");
            Assert.Equal(Messages.StatusTitle(401), await AssertProblemAsync(response, HttpStatusCode.Unauthorized));
        }
    }

    public static TheoryData<string, string> ForgedPrincipals => new()
    {
        { "not base64", "%%%niet-base64%%%" },
        { "base64 of no JSON", Base64("dit is geen json") },
        { "claims that are no list", Base64("""{"claims":"geen lijst"}""") },
        { "no e-mail among the claims", Base64("""{"claims":[{"typ":"name","val":"Iemand"},{"typ":"roles","val":"opleiding"}]}""") },
        { "truncated", TestPerson.Opleider.Principal()[..40] },
    };

    [Theory]
    [MemberData(nameof(ForgedPrincipals))]
    public async Task A_forged_or_malformed_principal_is_401_on_the_agreements_endpoints(string kind, string principal)
    {
        using var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation(TestPerson.Header, principal);

        using var list = await client.GetAsync("/api/agreements");
        using var create = await client.PostAsync("/api/agreements", Json(ExampleAnswers.Laurens));
        using var review = await client.PostAsync($"/api/agreements/{Id}/reviews", Json("""{"version":1,"kind":"goedkeuring"}"""));

        foreach (var response in new[] { list, create, review })
        {
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: {response.StatusCode}");
        }
    }
}
