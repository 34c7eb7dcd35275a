using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>
/// The handler in memory, with its storage settings given by the test, signing users in as Azure does (EasyAuth header);
/// with a <paramref name="clock"/>, the handler's TimeProvider is that clock; with <paramref name="logs"/>, its log lines go there too.
/// </summary>
public sealed class AgreementsHost(IReadOnlyDictionary<string, string> settings, TimeProvider? clock = null, ILoggerProvider? logs = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Settings for a store in Azure Blob Storage (Azurite) with its own container.</summary>
    public static Dictionary<string, string> Blob(string connectionString) => new()
    {
        ["Storage:ConnectionString"] = connectionString,
        ["Storage:Container"] = "t" + Guid.NewGuid().ToString("N"),
    };

    /// <summary>Settings for a store in a local folder.</summary>
    public static Dictionary<string, string> Folder(string path) => new() { ["Storage:LocalPath"] = path };

    /// <summary>A client that sends <paramref name="person"/>'s principal header with every request.</summary>
    public HttpClient CreateClient(TestPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(TestPerson.Header, person.Principal());
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:Mode", "EasyAuth");
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
