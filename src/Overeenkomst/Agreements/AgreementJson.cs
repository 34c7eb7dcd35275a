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

    public static T Deserialize<T>(BinaryData data) =>
        JsonSerializer.Deserialize<T>(data.ToMemory().Span, Options) ?? throw new JsonException($"{typeof(T).Name} is empty.");
}
