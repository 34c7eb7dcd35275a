using Overeenkomst.Functions.Tests.Agreements;

namespace Overeenkomst.Functions.Tests.Web;

/// <summary>One web app as a developer runs it (the development sign-in, a store in a folder) over a temporary folder, shared by the tests of a class: each signs in with its own client and stores nothing another reads.</summary>
public sealed class WebAppFixture : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-web-");

    public WebAppFixture() => Host = new AgreementsHost(AgreementsHost.Folder(folder.FullName), signIn: TestSignIn.Development);

    /// <summary>The handler.</summary>
    public AgreementsHost Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        folder.Delete(recursive: true);
    }
}
