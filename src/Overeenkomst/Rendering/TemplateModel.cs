using System.Text.Json;
using System.Text.Json.Nodes;

namespace Overeenkomst.Rendering;

/// <summary>
/// Exactly what the templates of a stored version saw — the prepared answers — as one JSON object, so the version
/// renders again without the questionnaire that prepared it. (Versions made before 5 December 2026 also hold
/// <c>kwaliteitstoets</c>, the quality findings; no template reads it, so they render the same.)
/// </summary>
/// <remarks>
/// Why keep it beside the answers: the questionnaire fills in defaults, drops the answers to hidden questions and
/// normalises values, and it will change (new and renamed questions). Rendering a version again from its answers would
/// go through today's questionnaire; rendering it from this goes through nothing but the templates and the renderer.
/// A version is rendered from this JSON as read back, never from the objects it was made of, so a new version and a
/// later check take the same path.
/// </remarks>
public readonly record struct TemplateModel(JsonElement Json)
{
    /// <summary>The prepared answers (<see cref="Questionnaire.Validation.AnswerEvaluation.Prepared"/>) as one JSON object.</summary>
    public static TemplateModel Of(IEnumerable<KeyValuePair<string, JsonNode?>> model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in model)
            {
                writer.WritePropertyName(name);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    value.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return new TemplateModel(document.RootElement.Clone());
    }

    /// <summary>The model's top-level values, as <see cref="AgreementRenderer.Render(IEnumerable{KeyValuePair{string, JsonNode}}, RenderOptions, CancellationToken)"/> reads them.</summary>
    public IEnumerable<KeyValuePair<string, JsonNode?>> Values() =>
        Json.ValueKind == JsonValueKind.Object ? JsonObject.Create(Json)! : [];
}
