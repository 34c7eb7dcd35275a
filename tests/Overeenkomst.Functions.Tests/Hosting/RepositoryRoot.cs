namespace Overeenkomst.Functions.Tests.Hosting;

/// <summary>The checkout the tests run from: host.json, functions/ and .ci/ are read where they are, not copied.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Found = new(Find);

    /// <summary>The folder holding Overeenkomst.sln.</summary>
    public static string Path => Found.Value;

    /// <summary>A path below the repository root.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Overeenkomst.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Overeenkomst.sln above {AppContext.BaseDirectory}; the tests run from a checkout.");
    }
}
