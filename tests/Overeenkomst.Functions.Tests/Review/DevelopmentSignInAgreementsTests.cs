using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Overeenkomst.Functions.Tests.Agreements;
using static Overeenkomst.Functions.Tests.Agreements.AgreementsClient;

namespace Overeenkomst.Functions.Tests.Review;

/// <summary>On a developer's machine the development sign-in's cookie opens the agreements API just as App Service's header does.</summary>
public sealed class DevelopmentSignInAgreementsTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-ontwikkeling-");
    private readonly AgreementsHost development;

    public DevelopmentSignInAgreementsTests() =>
        development = new AgreementsHost(AgreementsHost.Folder(folder.FullName), signIn: TestSignIn.Development);

    public void Dispose()
    {
        development.Dispose();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_developer_signed_in_as_opleiding_creates_an_agreement_that_carries_their_email()
    {
        using var client = await development.SignInAsync(TestPerson.Opleider);

        var (id, _) = await client.CreateAsync(ExampleAnswers.Laurens);

        var (agreement, _) = await client.GetAgreementAsync(id);
        Assert.Equal(TestPerson.Opleider.Email, agreement.GetProperty("createdBy").GetString());
        Assert.Contains(id, (await client.GetFromJsonAsync<JsonElement>("/api/agreements")).EnumerateArray().Select(item => item.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Without_the_cookie_the_agreements_API_answers_401_not_a_redirect()
    {
        using var client = development.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/api/agreements");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_principal_header_is_not_trusted_in_development_mode()
    {
        using var client = development.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestPerson.Header, TestPerson.Opleider.Principal());

        using var response = await client.PostAsync("/api/agreements", Json(ExampleAnswers.Laurens));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
