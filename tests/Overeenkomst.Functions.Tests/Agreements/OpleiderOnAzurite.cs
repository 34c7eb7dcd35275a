using Overeenkomst.Functions.Tests.Storage;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>What most API tests against Azurite start from: the handler over a container of its own, and the opleidingsmanager's client.</summary>
public abstract class OpleiderOnAzurite : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly Lazy<AgreementsHost> host;

    protected OpleiderOnAzurite(AzuriteFixture azurite)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        Azurite = azurite.Azurite;
        Settings = AgreementsHost.Blob(azurite.Azurite.ConnectionString);
        host = new(() => new AgreementsHost(Settings));
    }

    /// <summary>The Azurite the container is in.</summary>
    protected Azurite Azurite { get; }

    /// <summary>The handler's storage settings: the connection string and its own container.</summary>
    protected IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>The handler.</summary>
    protected AgreementsHost Host => host.Value;

    /// <summary>The opleidingsmanager of most tests, signed in as App Service Authentication signs people in.</summary>
    protected HttpClient Client => field ??= Host.CreateClient(TestPerson.Opleider);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && host.IsValueCreated)
        {
            Client.Dispose();
            host.Value.Dispose();
        }
    }
}
