using System.Text.Json;
using System.Text.Json.Serialization;
using Overeenkomst.Questionnaire.Definition;

namespace Overeenkomst.Questionnaire.Loading;

/// <summary>
/// Reads the definition file with code generated at build time: reflection-based reading JIT-compiled some 200 methods,
/// ~10 ms of every start-up (README, "Measured"). Comments and trailing commas are allowed; an unknown property is an error, so a typo
/// in the file cannot silently drop a setting.
/// </summary>
[JsonSourceGenerationOptions(
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(DefinitionFile))]
internal sealed partial class DefinitionFileJson : JsonSerializerContext;

/// <summary>The definition file as written (templates/vragenlijst/vragenlijst.json), before it is checked.</summary>
internal sealed class DefinitionFile
{
    [JsonPropertyName("versie")]
    public string? Version { get; set; }

    [JsonPropertyName("titel")]
    public string? Title { get; set; }

    [JsonPropertyName("secties")]
    public List<SectionFile>? Sections { get; set; }

    [JsonPropertyName("wijzigingen")]
    public List<ChangeFile>? Changes { get; set; }
}

/// <summary>One entry of the change list as written: from which version to which, what was renamed and what removed.</summary>
internal sealed class ChangeFile
{
    [JsonPropertyName("van")]
    public string? From { get; set; }

    [JsonPropertyName("naar")]
    public string? To { get; set; }

    [JsonPropertyName("hernoemd")]
    public Dictionary<string, string>? Renamed { get; set; }

    [JsonPropertyName("verwijderd")]
    public List<string>? Removed { get; set; }
}

/// <summary>A section as written.</summary>
internal sealed class SectionFile
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("titel")]
    public string? Title { get; set; }

    [JsonPropertyName("inleiding")]
    public string? Introduction { get; set; }

    [JsonPropertyName("punten")]
    public List<int>? Points { get; set; }

    [JsonPropertyName("vragen")]
    public List<QuestionFile>? Questions { get; set; }
}

/// <summary>A question as written.</summary>
internal sealed class QuestionFile
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("label")]
    public string? Label { get; set; }

    [JsonPropertyName("hulp")]
    public string? Help { get; set; }

    [JsonPropertyName("verplicht")]
    public bool Required { get; set; }

    [JsonPropertyName("standaard")]
    public JsonElement? Default { get; set; }

    [JsonPropertyName("standaard_uit")]
    public string? DefaultFrom { get; set; }

    [JsonPropertyName("min")]
    public decimal? Min { get; set; }

    [JsonPropertyName("max")]
    public decimal? Max { get; set; }

    [JsonPropertyName("min_aantal")]
    public int? MinItems { get; set; }

    [JsonPropertyName("max_aantal")]
    public int? MaxItems { get; set; }

    [JsonPropertyName("max_lengte")]
    public int? MaxLength { get; set; }

    [JsonPropertyName("geheel")]
    public bool WholeNumber { get; set; }

    [JsonPropertyName("zichtbaar_als")]
    public string? Condition { get; set; }

    [JsonPropertyName("opties")]
    public List<string>? Options { get; set; }

    [JsonPropertyName("suggesties")]
    public List<string>? Suggestions { get; set; }

    [JsonPropertyName("vragen")]
    public List<QuestionFile>? Questions { get; set; }
}
