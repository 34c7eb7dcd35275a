using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overeenkomst.Agreements;

/// <summary>How agreements are written as JSON in the store: camelCase, as the API shows them.</summary>
internal static class AgreementJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static BinaryData Serialize<T>(T value) => new(JsonSerializer.SerializeToUtf8Bytes(value, Options));

    /// <summary>One value as a line of an append-only file: compact JSON (it never spans lines) and a newline.</summary>
    public static BinaryData SerializeLine<T>(T value) => new([.. JsonSerializer.SerializeToUtf8Bytes(value, Options), (byte)'\n']);

    /// <summary>One value per non-empty line, as the append-only files hold them.</summary>
    public static IReadOnlyList<T> DeserializeLines<T>(BinaryData data) =>
        [.. data.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonSerializer.Deserialize<T>(line, Options) ?? throw new JsonException($"{typeof(T).Name} is empty."))];

    public static T Deserialize<T>(BinaryData data) =>
        JsonSerializer.Deserialize<T>(data.ToMemory().Span, Options) ?? throw new JsonException($"{typeof(T).Name} is empty.");
}
