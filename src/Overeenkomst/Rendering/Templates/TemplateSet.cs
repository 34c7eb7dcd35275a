using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Scriban;
using Scriban.Parsing;

namespace Overeenkomst.Rendering.Templates;

/// <summary>
/// The agreement templates of one folder, parsed once at start-up and shared by every render.
/// </summary>
/// <remarks>
/// Templates are named by their path relative to the folder, without extension and with forward slashes:
/// <c>samenwerkingsovereenkomst</c>, <c>artikelen/looptijd</c>. A template that does not parse, or an include that names
/// a template that does not exist, stops loading with the file, line and column of every problem.
/// </remarks>
public sealed class TemplateSet
{
    /// <summary>The extension of template files.</summary>
    public const string Extension = ".scriban";

    /// <summary>The template a render starts from.</summary>
    public const string MainTemplate = "samenwerkingsovereenkomst";

    private readonly FrozenDictionary<string, Template> templates;
    private readonly Lazy<TemplateReads> reads;

    private TemplateSet(string directory, FrozenDictionary<string, Template> templates, string version)
    {
        Directory = directory;
        this.templates = templates;
        Version = version;
        reads = new Lazy<TemplateReads>(() => TemplateReads.Of(templates));
    }

    /// <summary>The folder the templates came from.</summary>
    public string Directory { get; }

    /// <summary>The first twelve hex digits of a SHA-256 over every template's name and text: changes whenever any template does.</summary>
    public string Version { get; }

    /// <summary>Which answers each section of the agreement is written from; worked out from the syntax trees on first use.</summary>
    public TemplateReads Reads => reads.Value;

    /// <summary>The names of all templates.</summary>
    public IEnumerable<string> Names => templates.Keys;

    /// <summary>Loads and checks every template under <paramref name="directory"/>.</summary>
    /// <exception cref="TemplateSetException">A template is missing, does not parse, or includes one that does not exist.</exception>
    public static TemplateSet Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new TemplateSetException(Messages.TemplateFolderMissing(directory));
        }

        var files = System.IO.Directory
            .EnumerateFiles(directory, "*" + Extension, SearchOption.AllDirectories)
            .Select(path => (Path: path, Name: NameOf(directory, path)))
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .ToList();

        var problems = new List<string>();
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, name) in files)
        {
            var text = File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n");
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n" + text + "\n"));
            var template = Template.Parse(text, Path.GetRelativePath(directory, path));
            if (template.HasErrors)
            {
                problems.AddRange(template.Messages.Select(m => m.ToString()));
            }

            parsed[name] = template;
        }

        if (!parsed.ContainsKey(MainTemplate))
        {
            problems.Add(Messages.MainTemplateMissing(MainTemplate + Extension, directory));
        }

        problems.AddRange(IncludeCheck.FindUnknownIncludes(parsed));
        problems.AddRange(ClauseCheck.FindProblems(parsed));
        if (problems.Count > 0)
        {
            throw new TemplateSetException(problems);
        }

        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        return new TemplateSet(Path.GetFullPath(directory), parsed.ToFrozenDictionary(StringComparer.Ordinal), version);
    }

    /// <summary>The template called <paramref name="name"/>, or null.</summary>
    public Template? Find(string name) => templates.GetValueOrDefault(name);

    private static string NameOf(string directory, string path)
    {
        var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
        return relative[..^Extension.Length];
    }

    /// <summary>The name of the template a source span lies in: <c>artikelen/overleg</c> for <c>artikelen/overleg.scriban</c>.</summary>
    internal static string NameOf(SourceSpan span)
    {
        var file = (span.FileName ?? string.Empty).Replace('\\', '/');
        return file.EndsWith(Extension, StringComparison.Ordinal) ? file[..^Extension.Length] : file;
    }

    /// <summary>Formats a Scriban source span the way compilers do: <c>file(line,column)</c>.</summary>
    internal static string Location(SourceSpan span) => $"{span.FileName}({span.Start.Line + 1},{span.Start.Column + 1})";
}
