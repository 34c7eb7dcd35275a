using System.Text.Json;
using System.Text.Json.Nodes;

namespace Overeenkomst.Tests.Support;

/// <summary>
/// The questionnaire as it changes: the real definition with the change the lead is making for version 2 (two questions
/// removed), and a test version after that which renames questions at every level and removes one inside a group. Made
/// from the real file each time, so the tests follow it as it is rewritten.
/// </summary>
public static class ChangedQuestionnaire
{
    /// <summary>The entry of <c>"wijzigingen"</c> for version 2, exactly as the report hands it to the lead.</summary>
    public const string ChangeToVersion2 = """{ "van": "1", "naar": "2", "verwijderd": ["kwaliteitstoets_opnemen", "verzekering_studenten"] }""";

    /// <summary>
    /// Answers as they were given under version 1: with the two answers version 2 removes, whether or not the examples
    /// still have them (the lead takes them out of the examples with his change).
    /// </summary>
    public static string AnsweredUnderVersion1(string answers)
    {
        var old = JsonNode.Parse(answers)!.AsObject();
        old["verzekering_studenten"] ??= "de onderwijsinstelling";
        old["kwaliteitstoets_opnemen"] ??= true;
        return old.ToJsonString();
    }

    /// <summary>The version of <see cref="Next"/>.</summary>
    public const string NextVersion = "test-volgend";

    /// <summary>What <see cref="Next"/> renames (old path → new path) and removes.</summary>
    public static IReadOnlyDictionary<string, string> NextRenamed { get; } = new Dictionary<string, string>
    {
        ["opzegtermijn_maanden"] = "opzegtermijn_in_maanden",
        ["partijen.kvk"] = "partijen.kvk_nummer",
        ["begroting.verdeling.aandeel"] = "begroting.verdeling.percentage",
    };

    /// <summary>The question <see cref="Next"/> removes from inside a group.</summary>
    public const string NextRemoved = "locaties.doelgroep";

    /// <summary>The counts that take no fraction, as the report asks the lead to flag them with <c>"geheel": true</c>.</summary>
    public static IReadOnlyList<string> WholeNumbers { get; } =
    [
        "opleidingen.cohort", "opleidingen.aantal_studenten", "studenten_per_afdeling", "rollen.aantal", "betaaltermijn_dagen",
        "opzegtermijn_maanden", "aantal_exemplaren",
    ];

    private static readonly JsonDocumentOptions FileOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>templates/vragenlijst/vragenlijst.json as the build copied it.</summary>
    public static string RealPath => Path.Combine(AppContext.BaseDirectory, "templates", "vragenlijst", "vragenlijst.json");

    /// <summary>The real definition after the lead's change for version 2 (as it is, once the lead made it).</summary>
    public static JsonObject Version2()
    {
        var definition = JsonNode.Parse(File.ReadAllText(RealPath), documentOptions: FileOptions)!.AsObject();
        if (definition["versie"]?.GetValue<string>() != "1")
        {
            return definition;
        }

        foreach (var section in definition["secties"]!.AsArray())
        {
            var questions = section!["vragen"]!.AsArray();
            foreach (var removed in questions.Where(q => q!["id"]!.GetValue<string>() is "kwaliteitstoets_opnemen" or "verzekering_studenten").ToList())
            {
                questions.Remove(removed);
            }
        }

        definition["versie"] = "2";
        definition["wijzigingen"] = new JsonArray(JsonNode.Parse(ChangeToVersion2));
        return definition;
    }

    /// <summary>The version after <see cref="Version2"/>, as JSON text: <see cref="NextRenamed"/> renamed, <see cref="NextRemoved"/> removed.</summary>
    public static string Next()
    {
        var definition = Version2();
        var from = definition["versie"]!.GetValue<string>();
        foreach (var (old, renamed) in NextRenamed)
        {
            Find(definition, old)["id"] = renamed[(renamed.LastIndexOf('.') + 1)..];
        }

        var group = Find(definition, NextRemoved[..NextRemoved.IndexOf('.')])["vragen"]!.AsArray();
        group.Remove(group.Single(q => q!["id"]!.GetValue<string>() == NextRemoved[(NextRemoved.IndexOf('.') + 1)..]));
        definition["versie"] = NextVersion;
        var changes = definition["wijzigingen"] as JsonArray ?? [];
        definition["wijzigingen"] = changes;
        changes.Add(new JsonObject
        {
            ["van"] = from,
            ["naar"] = NextVersion,
            ["hernoemd"] = new JsonObject(NextRenamed.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))),
            ["verwijderd"] = new JsonArray(NextRemoved),
        });
        return definition.ToJsonString();
    }

    /// <summary>The real definition with <see cref="WholeNumbers"/> flagged <c>"geheel": true</c>, as JSON text.</summary>
    public static string WithWholeNumbers()
    {
        var definition = JsonNode.Parse(File.ReadAllText(RealPath), documentOptions: FileOptions)!.AsObject();
        foreach (var path in WholeNumbers)
        {
            Find(definition, path)["geheel"] = true;
        }

        return definition.ToJsonString();
    }

    /// <summary>Writes <paramref name="definition"/> to a new temporary file and gives its path.</summary>
    public static string Write(string definition, DirectoryInfo folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = Path.Combine(folder.FullName, "vragenlijst.json");
        File.WriteAllText(path, definition);
        return path;
    }

    // The question at a definition path ("partijen.kvk") in the definition's JSON.
    private static JsonObject Find(JsonObject definition, string path)
    {
        var questions = definition["secties"]!.AsArray().SelectMany(section => section!["vragen"]!.AsArray());
        JsonObject? found = null;
        foreach (var id in path.Split('.'))
        {
            found = questions.Single(q => q!["id"]!.GetValue<string>() == id)!.AsObject();
            questions = found["vragen"]?.AsArray() ?? [];
        }

        return found!;
    }
}
