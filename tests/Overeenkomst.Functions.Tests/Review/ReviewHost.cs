using Overeenkomst.Functions.Tests.Agreements;

namespace Overeenkomst.Functions.Tests.Review;

/// <summary>One handler over a temporary folder, shared by the tests of a class that each make their own agreements.</summary>
public sealed class ReviewHost : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-review-");

    public ReviewHost() => Host = new AgreementsHost(AgreementsHost.Folder(folder.FullName));

    /// <summary>The handler.</summary>
    public AgreementsHost Host { get; }

    public void Dispose()
    {
        Host.Dispose();
        folder.Delete(recursive: true);
    }
}
