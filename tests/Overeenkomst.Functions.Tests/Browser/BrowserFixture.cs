using Microsoft.Playwright;
using Overeenkomst.Functions.Tests.Agreements;
using Overeenkomst.Functions.Tests.Storage;

namespace Overeenkomst.Functions.Tests.Browser;

/// <summary>
/// One Azurite, one handler on 127.0.0.1 and one Debian Chromium for all browser tests. Chromium comes from the system
/// (<c>apt-get install chromium</c>); Playwright's own browser download cannot reach its servers from these machines.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private Azurite? azurite;
    private IPlaywright? playwright;

    /// <summary>The handler the browser talks to: agreements in Azurite, the development sign-in, on Kestrel.</summary>
    public AgreementsHost Server { get; private set; } = null!;

    /// <summary>Where the handler listens, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots of the key screens go: test output, never committed.</summary>
    public string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. The browser tests need Debian's chromium: 'apt-get install chromium' (.ci/run does this).");
        }

        // Two shared CPU cores: a render can take seconds when other builds run, so assertions wait up to 15 s.
        Assertions.SetDefaultExpectTimeout(15_000);
        azurite = await Azurite.StartAsync();
        Server = new AgreementsHost(AgreementsHost.Blob(azurite.ConnectionString), signIn: TestSignIn.Development);
        Address = Server.ListenOnLoopback();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}

/// <summary>The browser tests share one fixture and run one after another: two CPU cores, one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
