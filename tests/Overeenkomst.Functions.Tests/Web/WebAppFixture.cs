namespace Overeenkomst.Functions.Tests.Web;

/// <summary>One web app over a temporary folder, shared by the tests of a class: each signs in with its own client and stores nothing another reads.</summary>
public sealed class WebAppFixture : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-web-");

    public WebAppFixture() => Host = new WebAppHost(folder.FullName);

    /// <summary>The handler.</summary>
    public WebAppHost Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        folder.Delete(recursive: true);
    }
}
