using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>
/// The handler in memory: the one host of the HTTP and browser tests. What differs between tests is an argument — the
/// store and any other settings (<see cref="Folder"/>, <see cref="Blob"/>), how people sign in (<paramref name="signIn"/>:
/// App Service's header by default, or the development sign-in), the clock (the handler's TimeProvider), where log lines
/// go too (<paramref name="logs"/>) — and <see cref="ListenOnLoopback"/> puts it on Kestrel for a browser.
/// </summary>
public sealed class AgreementsHost(IReadOnlyDictionary<string, string> settings, TimeProvider? clock = null, ILoggerProvider? logs = null,
    TestSignIn signIn = TestSignIn.AppService) : WebApplicationFactory<Program>
{
    /// <summary>Settings for a store in Azure Blob Storage (Azurite) with its own container.</summary>
    public static Dictionary<string, string> Blob(string connectionString) => new()
    {
        ["Storage:ConnectionString"] = connectionString,
        ["Storage:Container"] = "t" + Guid.NewGuid().ToString("N"),
    };

    /// <summary>Settings for a store in a local folder.</summary>
    public static Dictionary<string, string> Folder(string path) => new() { ["Storage:LocalPath"] = path };

    /// <summary>A client that sends <paramref name="person"/>'s principal header with every request (App Service sign-in).</summary>
    public HttpClient CreateClient(TestPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(TestPerson.Header, person.Principal());
        return client;
    }

    /// <summary>
    /// A client signed in as <paramref name="person"/> the way this host signs people in: the principal header, or the
    /// development sign-in's form, whose cookie the client then keeps. Redirects are not followed.
    /// </summary>
    public async Task<HttpClient> SignInAsync(TestPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (signIn == TestSignIn.AppService)
        {
            client.DefaultRequestHeaders.Add(TestPerson.Header, person.Principal());
            return client;
        }

        using var form = new FormUrlEncodedContent(person.Form());
        using var signedIn = await client.PostAsync("/aanmelden", form);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    /// <summary>Starts the handler on Kestrel at 127.0.0.1 on a free port, for a browser; returns where it listens (e.g. http://127.0.0.1:41234).</summary>
    public Uri ListenOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new Uri(addresses.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:Mode", signIn == TestSignIn.AppService ? "EasyAuth" : "Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        if (logs is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(logs));
        }
    }
}
