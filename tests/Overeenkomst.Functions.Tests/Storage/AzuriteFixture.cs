namespace Overeenkomst.Functions.Tests.Storage;

/// <summary>One Azurite shared by the tests of a class.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private Azurite? azurite;

    /// <summary>The running Azurite.</summary>
    public Azurite Azurite => azurite ?? throw new InvalidOperationException("Azurite has not started.");

    /// <inheritdoc />
    public async Task InitializeAsync() => azurite = await Azurite.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
