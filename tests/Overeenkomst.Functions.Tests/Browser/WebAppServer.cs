using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>The real handler on Kestrel at 127.0.0.1 (a free port), with its agreements in Azurite: what the browser talks to.</summary>
public sealed class WebAppServer : WebApplicationFactory<Program>
{
    private readonly string connectionString;

    public WebAppServer(string connectionString)
    {
        this.connectionString = connectionString;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Starts listening.</summary>
    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:Mode", "Development");
        builder.UseSetting("Storage:ConnectionString", connectionString);
        builder.UseSetting("Storage:Container", "web" + Guid.NewGuid().ToString("N"));
    }
}
