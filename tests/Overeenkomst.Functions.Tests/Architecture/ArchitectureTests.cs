namespace Overeenkomst.Functions.Tests.Architecture;

/// <summary>
/// Dependencies point one way: the library in layers, the handler's features on top of what they share, and no circle
/// anywhere. A new upward arrow or circle fails here with the parts and files that make it.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>The library's parts, lowest first: each may use only the parts before it.</summary>
    private static readonly string[] LibraryLayers =
    [
        "Overeenkomst.Storage",
        "Overeenkomst.Questionnaire.Definition",
        "Overeenkomst.Questionnaire",
        "Overeenkomst.Questionnaire.Validation",
        "Overeenkomst.Questionnaire.Loading",
        "Overeenkomst.Questionnaire.Migration",
        // Rendering needs valid, prepared answers, never the quality check: it sits below it.
        "Overeenkomst.Rendering",
        "Overeenkomst.Quality",
        "Overeenkomst.Checking",
        "Overeenkomst.Agreements",
        // The root namespace registers the services (OvereenkomstServices): it composes everything.
        "Overeenkomst",
    ];

    /// <summary>What the handler's features share; none of these may use a feature.</summary>
    private static readonly string[] HandlerFoundation =
        ["Overeenkomst.Functions.Http", "Overeenkomst.Functions.Identity", "Overeenkomst.Functions.Access"];

    private static SourceDependencies Source => SourceDependencies.OfRepository;

    [Fact]
    public void No_part_of_the_code_reaches_itself_through_others()
    {
        var circles = Source.Circles();

        Assert.True(circles.Count == 0, "Kringen: " + string.Join("; ", circles.Select(c => string.Join(" ↔ ", c))));
    }

    [Fact]
    public void The_library_uses_only_the_layers_below_each_part()
    {
        var upward = new List<string>();
        foreach (var (from, targets) in Source.Arrows.Where(a => !IsHost(a.Key)))
        {
            var level = Array.IndexOf(LibraryLayers, from);
            Assert.True(level >= 0, $"'{from}' is a new part of the library: give it its place in {nameof(LibraryLayers)}.");
            upward.AddRange(targets.Where(to => IsHost(to) || Array.IndexOf(LibraryLayers, to) >= level).Select(to => $"{from} → {to}"));
        }

        Assert.True(upward.Count == 0, "Pijlen omhoog: " + string.Join(", ", upward));
    }

    [Fact]
    public void The_handlers_shared_parts_use_no_feature()
    {
        var upward = HandlerFoundation
            .SelectMany(from => (Source.Arrows.GetValueOrDefault(from) ?? new HashSet<string>())
                .Where(to => to.StartsWith("Overeenkomst.Functions.", StringComparison.Ordinal) && !HandlerFoundation.Contains(to))
                .Select(to => $"{from} → {to}"))
            .ToList();

        Assert.True(upward.Count == 0, "Gedeelde delen die een onderdeel gebruiken: " + string.Join(", ", upward));
    }

    [Fact]
    public void Messages_name_no_feature_types()
    {
        var files = Source.UsingsByFile.Where(f => f.Key.StartsWith("src/Overeenkomst/Messages/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.True(file.Value.Count == 0, $"{file.Key} gebruikt {string.Join(", ", file.Value)}"));
    }

    [Fact]
    public void The_check_finds_a_circle_and_leaves_a_line_alone()
    {
        var circle = SourceDependencies.Of(("A", "B"), ("B", "C"), ("C", "A"), ("C", "D")).Circles();
        var line = SourceDependencies.Of(("A", "B"), ("B", "C")).Circles();

        Assert.Equal(["A", "B", "C"], Assert.Single(circle));
        Assert.Empty(line);
    }

    private static bool IsHost(string part) =>
        part.StartsWith("Overeenkomst.Functions", StringComparison.Ordinal) || part.StartsWith("Overeenkomst.Cli", StringComparison.Ordinal);
}
