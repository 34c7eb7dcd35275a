namespace Overeenkomst.Functions.Tests.Storage;

/// <summary>An Azurite of a test class's own, reached through a <see cref="ForgetfulProxy"/>.</summary>
public sealed class ForgetfulStorage : IAsyncLifetime
{
    private Azurite? azurite;
    private ForgetfulProxy? proxy;

    /// <summary>The proxy the handler talks to.</summary>
    public ForgetfulProxy Proxy => proxy ?? throw new InvalidOperationException("The proxy has not started.");

    /// <summary>The connection string that goes through the proxy.</summary>
    public string ConnectionString => Proxy.ConnectionString(azurite!);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        azurite = await Azurite.StartAsync();
        proxy = await ForgetfulProxy.StartAsync(azurite);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
