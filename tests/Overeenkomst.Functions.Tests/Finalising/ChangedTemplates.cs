namespace Overeenkomst.Functions.Tests.Finalising;

/// <summary>
/// A copy of the repository's templates in which one article has a sentence more, as the next deploy might have: point
/// <c>Templates:Path</c> at <see cref="Folder"/>.
/// </summary>
public sealed class ChangedTemplates : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("overeenkomst-sjablonen-");

    /// <summary>Copies the templates and adds <paramref name="sentence"/> to the article on confidentiality.</summary>
    public ChangedTemplates(string sentence)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "templates", "overeenkomst");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(folder.FullName, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.AppendAllText(Path.Combine(folder.FullName, "artikelen", "geheimhouding.scriban"), $"\n{sentence}\n");
    }

    /// <summary>The folder with the changed templates.</summary>
    public string Folder => folder.FullName;

    /// <summary>The settings of a handler deployed with these templates over the store of <paramref name="settings"/>.</summary>
    public Dictionary<string, string> Deployed(IReadOnlyDictionary<string, string> settings) =>
        new(settings) { ["Templates:Path"] = Folder };

    public void Dispose() => folder.Delete(recursive: true);
}
