using System.Text.RegularExpressions;
using Overeenkomst.Functions.Tests.Hosting;

namespace Overeenkomst.Functions.Tests.Architecture;

/// <summary>
/// Word's element and attribute names (<c>w:p</c>, <c>w:tcW</c>, <c>w:ins</c>) are spelled in one place, the Word writer's
/// vocabulary in <c>Rendering/Docx/WordML/</c>; the renderers say what they write in Word's words through its methods.
/// </summary>
public sealed partial class WordVocabularyTests
{
    private const string Vocabulary = "src/Overeenkomst/Rendering/Docx/WordML/";

    [Fact]
    public void Only_the_Word_writers_vocabulary_spells_WordprocessingML_names()
    {
        var spelled = SourceLines()
            .Where(line => !line.File.StartsWith(Vocabulary, StringComparison.Ordinal) && WordName().IsMatch(line.Code))
            .Select(line => $"{line.File}:{line.Number}: {line.Code.Trim()}")
            .ToList();

        Assert.True(spelled.Count == 0, $"Namen van Word buiten {Vocabulary}: " + string.Join("; ", spelled));
    }

    [Fact]
    public void The_vocabulary_is_where_the_names_are()
    {
        // Guards the test above: if the vocabulary moved, that test would pass without looking at anything.
        Assert.Contains(SourceLines(), line => line.File.StartsWith(Vocabulary, StringComparison.Ordinal) && WordName().IsMatch(line.Code));
    }

    // Every line of code under src/, without its comment: comments may name what the code writes.
    private static IEnumerable<(string File, int Number, string Code)> SourceLines()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("src"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                yield return (relative, i + 1, WithoutComment(lines[i]));
            }
        }
    }

    // A line from its first "//" that is not inside a string literal on is a comment.
    private static string WithoutComment(string line)
    {
        var inString = false;
        for (var i = 0; i < line.Length - 1; i++)
        {
            if (line[i] == '"')
            {
                inString = !inString;
            }
            else if (!inString && line[i] == '/' && line[i + 1] == '/')
            {
                return line[..i];
            }
        }

        return line;
    }

    // The w: prefix before a name, as in "<w:p>", "w:val=" or "</w:tbl>".
    [GeneratedRegex(@"(?<![\w.])w:[A-Za-z]")]
    private static partial Regex WordName();
}
