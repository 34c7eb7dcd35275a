using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Browser;
using Overeenkomst.Functions.Tests.Hosting;

namespace Overeenkomst.Functions.Tests.Web;

/// <summary>The web app over HTTP: pages behind the sign-in, assets from wwwroot only, a policy that forbids inline script.</summary>
public sealed class WebAppTests(WebAppFixture fixture) : IClassFixture<WebAppFixture>
{
    private static readonly string[] WebEndpoints = ["ShowAgreementsPage", "ShowAgreementPage", "ShowQuestionnairePage", "GetStaticFile", "PreviewAnswers"];

    private readonly AgreementsHost host = fixture.Host;

    [Theory]
    [InlineData("/")]
    [InlineData("/overeenkomsten/abc")]
    [InlineData("/overeenkomsten/abc/vragenlijst")]
    public async Task A_page_sends_an_anonymous_visitor_to_the_sign_in_and_back(string path)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/aanmelden?terug=" + Uri.EscapeDataString(path), response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "Mijn overeenkomsten")]
    [InlineData("/overeenkomsten/abc", "Versies")]
    [InlineData("/overeenkomsten/abc/vragenlijst", "Kwaliteitstoets")]
    public async Task A_page_is_Dutch_html_under_a_policy_that_allows_script_only_from_the_site_itself(string path, string text)
    {
        using var client = await host.SignInAsync(TestPerson.Opleider);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"nl\">", page, StringComparison.Ordinal);
        Assert.Contains(text, page, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Scripts_and_styles_are_served_from_wwwroot_with_their_types()
    {
        using var client = host.CreateClient();

        using var script = await client.GetAsync(new Uri("/static/js/vragenlijst/pagina.js", UriKind.Relative));
        using var style = await client.GetAsync(new Uri("/static/css/app.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
        Assert.Equal("text/css", style.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(script.Headers.ETag);
    }

    [Theory]
    [InlineData("/static/../appsettings.json")]
    [InlineData("/static/%2e%2e/Program.cs")]
    [InlineData("/static/..%2fProgram.cs")]
    [InlineData("/static/index.html")]
    [InlineData("/static/js/bestaat-niet.js")]
    [InlineData("/static/")]
    public async Task Nothing_outside_the_assets_is_served_as_a_static_file(string path)
    {
        using var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_preview_of_answers_is_a_page_that_shows_hostile_text_literally_and_may_run_no_script()
    {
        using var client = await host.SignInAsync(TestPerson.Opleider);
        var answers = JsonNode.Parse(ExampleAnswers.Laurens)!.AsObject();
        answers["ondertekening_datum"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        answers["naam_leerwerkplek"] = "<script>alert(1)</script> {{ 7 * 7 }}";

        using var response = await client.PostAsync(new Uri("/api/preview", UriKind.Relative),
            new StringContent(answers.ToJsonString(), Encoding.UTF8, "application/json"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; {{ 7 * 7 }}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_of_incomplete_answers_gives_the_errors_per_question()
    {
        using var client = await host.SignInAsync(TestPerson.Opleider);

        using var response = await client.PostAsync(new Uri("/api/preview", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("naam_leerwerkplek", out _));
    }

    [Fact]
    public async Task The_preview_needs_a_signed_in_user()
    {
        using var client = host.CreateClient();

        using var response = await client.PostAsync(new Uri("/api/preview", UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void Every_web_app_endpoint_has_a_function_json_with_its_method_and_route()
    {
        var endpoints = HandlerEndpoints.Of(host.Services)
            .Where(endpoint => WebEndpoints.Contains(endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName))
            .ToList();

        Assert.Equal(WebEndpoints.Order(), endpoints.Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName).Order());
        foreach (var endpoint in endpoints)
        {
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName;
            var file = RepositoryRoot.Combine("functions", name, "function.json");
            Assert.True(File.Exists(file), $"{name} has no {file}");
            var trigger = JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("bindings")[0];
            Assert.Equal(endpoint.RoutePattern.RawText!.Trim('/'), trigger.GetProperty("route").GetString());
            Assert.Equal([endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single().ToLowerInvariant()],
                trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        }
    }
}
