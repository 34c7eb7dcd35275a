using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

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

    // A template's syntax tree is there exactly when it parsed, and a set exists only when every template did: kept
    // beside the templates, so evaluating one needs no check the set already made.
    private readonly FrozenDictionary<string, ScriptPage> pages;

    private TemplateSet(string directory, FrozenDictionary<string, Template> templates, FrozenDictionary<string, ScriptPage> pages,
        FrozenDictionary<string, string> sources, string version)
    {
        Directory = directory;
        this.templates = templates;
        this.pages = pages;
        Main = pages[MainTemplate];
        Sources = sources;
        Version = version;
    }

    /// <summary>The folder the templates came from.</summary>
    public string Directory { get; }

    /// <summary>Every template's text by name, as hashed into <see cref="Version"/> (line ends as "\n"): what is kept with the versions made from it.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>The first twelve hex digits of a SHA-256 over every template's name and text: changes whenever any template does.</summary>
    public string Version { get; }


    /// <summary>Every template's syntax tree by name.</summary>
    public IReadOnlyDictionary<string, ScriptPage> Pages => pages;

    /// <summary>The syntax tree of <see cref="MainTemplate"/>, where a render starts.</summary>
    public ScriptPage Main { get; }

    /// <summary>Loads and checks every template under <paramref name="directory"/>.</summary>
    /// <exception cref="TemplateSetException">A template is missing, does not parse, or includes one that does not exist.</exception>
    public static TemplateSet Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new TemplateSetException(Messages.TemplateFolderMissing(directory));
        }

        var sources = System.IO.Directory
            .EnumerateFiles(directory, "*" + Extension, SearchOption.AllDirectories)
            .ToDictionary(path => NameOf(directory, path), path => File.ReadAllText(path, Encoding.UTF8), StringComparer.Ordinal);
        return FromSources(Path.GetFullPath(directory), sources);
    }

    /// <summary>
    /// Parses and checks a set from its texts by name (<see cref="Sources"/> of an earlier set, kept in the store);
    /// <paramref name="origin"/> says where they came from in error messages.
    /// </summary>
    /// <exception cref="TemplateSetException">A template is missing, does not parse, or includes one that does not exist.</exception>
    public static TemplateSet FromSources(string origin, IReadOnlyDictionary<string, string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var problems = new List<string>();
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        var pages = new Dictionary<string, ScriptPage>(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // The names sorted as an array, not the pairs by a query: the version must not depend on the dictionary's order, and
        // a sort of key-value pairs is code the start-up would compile first (the precompiled image has no copy of it).
        var names = sources.Keys.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        foreach (var name in names)
        {
            var text = sources[name].ReplaceLineEndings("\n");
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n" + text + "\n"));
            var template = Template.Parse(text, name + Extension);
            if (template.HasErrors || template.Page is not { } page)
            {
                problems.AddRange(template.Messages.Select(m => m.ToString()));
            }
            else
            {
                pages[name] = page;
            }

            parsed[name] = template;
            texts[name] = text;
        }

        if (!parsed.ContainsKey(MainTemplate))
        {
            problems.Add(Messages.MainTemplateMissing(MainTemplate + Extension, origin));
        }

        problems.AddRange(IncludeCheck.FindUnknownIncludes(parsed));
        problems.AddRange(ClauseCheck.FindProblems(parsed));
        if (problems.Count > 0)
        {
            throw new TemplateSetException(problems);
        }

        var version = Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
        return new TemplateSet(origin, parsed.ToFrozenDictionary(StringComparer.Ordinal), pages.ToFrozenDictionary(StringComparer.Ordinal),
            texts.ToFrozenDictionary(StringComparer.Ordinal), version);
    }

    /// <summary>The template called <paramref name="name"/>, or null.</summary>
    public Template? Find(string name) => templates.GetValueOrDefault(name);

    /// <summary>The syntax tree of the template called <paramref name="name"/>, or null.</summary>
    public ScriptPage? FindPage(string name) => pages.GetValueOrDefault(name);

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
