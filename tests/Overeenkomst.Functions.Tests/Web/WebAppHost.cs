using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Overeenkomst.Functions.Tests.Web;

/// <summary>The handler in memory as a developer runs it: the development sign-in and a store in a folder.</summary>
public sealed class WebAppHost(string folder) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:Mode", "Development");
        builder.UseSetting("Storage:LocalPath", folder);
    }
}
