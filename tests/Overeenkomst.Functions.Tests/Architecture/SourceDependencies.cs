using System.Text.RegularExpressions;
using Overeenkomst.Functions.Tests.Hosting;

namespace Overeenkomst.Functions.Tests.Architecture;

/// <summary>
/// Which part of the code uses which, read from the <c>namespace</c> and <c>using</c> lines of every source file: the
/// arrows the architecture tests hold to one direction.
/// </summary>
public sealed partial class SourceDependencies
{
    private SourceDependencies(IReadOnlyDictionary<string, IReadOnlySet<string>> arrows, IReadOnlyDictionary<string, IReadOnlyList<string>> usingsByFile)
    {
        Arrows = arrows;
        UsingsByFile = usingsByFile;
    }

    /// <summary>For every part, the other parts it uses.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Arrows { get; }

    /// <summary>Every source file (relative to the repository) with the Overeenkomst namespaces it uses.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> UsingsByFile { get; }

    /// <summary>The source under src/, read once.</summary>
    public static SourceDependencies OfRepository { get; } = Read(RepositoryRoot.Combine("src"));

    /// <summary>
    /// The part a namespace belongs to: a folder under the library (<c>Rendering</c>, <c>Agreements</c>), the questionnaire's
    /// own folders one level deeper (they are layers of their own), and a folder of the handler or the command line.
    /// Rendering is one part: its Markdown extensions carry their Word renderers into the writer, as Markdig's do.
    /// </summary>
    public static string PartOf(string ns)
    {
        var names = ns.Split('.');
        var depth = names.Length > 1 && names[1] is "Functions" or "Cli" or "Questionnaire" ? 3 : 2;
        return string.Join('.', names.Take(depth));
    }

    /// <summary>Dependencies from explicit arrows, for testing the checks themselves.</summary>
    public static SourceDependencies Of(params (string From, string To)[] arrows) => new(
        arrows.GroupBy(a => a.From).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(a => a.To).ToHashSet()), new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>Every circle: parts that reach each other through their arrows (strongly connected, more than one part).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Circles()
    {
        // Tarjan's algorithm: a part whose lowest reachable index is its own closes a circle of everything above it on the stack.
        var index = new Dictionary<string, int>();
        var lowest = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var circles = new List<IReadOnlyList<string>>();
        foreach (var part in Arrows.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(part))
            {
                Visit(part);
            }
        }

        return circles;

        void Visit(string part)
        {
            index[part] = lowest[part] = index.Count;
            stack.Push(part);
            foreach (var next in Arrows.GetValueOrDefault(part) ?? new HashSet<string>())
            {
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    lowest[part] = Math.Min(lowest[part], lowest[next]);
                }
                else if (stack.Contains(next))
                {
                    lowest[part] = Math.Min(lowest[part], seen);
                }
            }

            if (lowest[part] == index[part])
            {
                var circle = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    circle.Add(member);
                }
                while (member != part);
                if (circle.Count > 1)
                {
                    circles.Add([.. circle.Order(StringComparer.Ordinal)]);
                }
            }
        }
    }

    private static SourceDependencies Read(string src)
    {
        var arrows = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var usings = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var used = UsingLine().Matches(text).Select(m => m.Groups[1].Value).ToList();
            usings[relative] = used;
            if (NamespaceLine().Match(text) is not { Success: true } declared)
            {
                continue;
            }

            var from = PartOf(declared.Groups[1].Value);
            var to = arrows.TryGetValue(from, out var set) ? set : arrows[from] = new HashSet<string>(StringComparer.Ordinal);
            to.UnionWith(used.Select(PartOf).Where(part => part != from));
        }

        return new SourceDependencies(arrows.ToDictionary(a => a.Key, a => (IReadOnlySet<string>)a.Value, StringComparer.Ordinal), usings);
    }

    [GeneratedRegex(@"^using (?:static )?(Overeenkomst[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"^namespace (Overeenkomst[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex NamespaceLine();
}
