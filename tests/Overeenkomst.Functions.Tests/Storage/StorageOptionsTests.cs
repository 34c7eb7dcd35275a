using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Overeenkomst.Storage;

namespace Overeenkomst.Functions.Tests.Storage;

/// <summary>One setting chooses the store: a connection string means Azure Blob Storage, nothing means a local folder.</summary>
public sealed class StorageOptionsTests
{
    [Fact]
    public void Without_configuration_agreements_go_to_a_local_folder_named_after_the_container()
    {
        var options = Resolve([]);

        Assert.Null(options.ConnectionString);
        Assert.Equal("overeenkomsten", options.Container);
        Assert.Equal("./data", options.LocalPath);
        Assert.IsType<FolderStore>(options.Open());
    }

    [Fact]
    public void A_connection_string_switches_to_Azure_Blob_Storage()
    {
        var options = Resolve(new()
        {
            ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;",
            ["Storage:Container"] = "andere",
        });

        Assert.Equal("andere", options.Container);
        Assert.IsType<BlobStore>(options.Open());
    }

    private static StorageOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddStorage(configuration).BuildServiceProvider();
        return services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value;
    }
}
