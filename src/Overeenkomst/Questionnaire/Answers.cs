using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Overeenkomst.Questionnaire;

/// <summary>A person's answers to the questionnaire: a JSON object with an answer per question id.</summary>
/// <remarks>
/// Immutable; the JSON is kept as sent, so nothing the person typed is lost on the way to storage — except the escapes of
/// unpaired surrogates, which no document can hold (<see cref="UnpairedSurrogates"/>).
/// </remarks>
public sealed class Answers
{
    /// <summary>The largest answers document accepted: far above any real agreement, far below what would hurt the server.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The deepest nesting accepted; the questionnaire nests groups two or three levels deep.</summary>
    public const int MaxDepth = 32;

    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    private Answers(JsonElement root) => Root = root;

    private static JsonElement EmptyObject()
    {
        using var document = JsonDocument.Parse("{}");
        return document.RootElement.Clone();
    }

    private const string NotAnObject = "Stored answers are not a JSON object.";

    /// <summary>Answers that were read and checked before (as stored in an agreement), without parsing them again.</summary>
    internal static Answers Stored(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object ? new Answers(root) : throw new InvalidDataException(NotAnObject);

    /// <summary>A copy of answers read and checked before, to change: like <see cref="Stored"/>, a JSON object or an error.</summary>
    internal static JsonObject Editable(JsonElement root) =>
        JsonNode.Parse(root.GetRawText()) as JsonObject ?? throw new InvalidDataException(NotAnObject);

    /// <summary>The answers object.</summary>
    public JsonElement Root { get; }

    /// <summary>No answers yet: what a new agreement starts from when nothing was sent.</summary>
    public static Answers None { get; } = new(EmptyObject());

    /// <summary>Reads answers from JSON text.</summary>
    public static AnswersReadResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads answers from UTF-8 JSON.</summary>
    public static AnswersReadResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Length > MaxBytes)
        {
            return AnswersReadResult.Failed(Messages.AnswersTooLarge(MaxBytes), tooLarge: true);
        }

        if (utf8Json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return AnswersReadResult.Failed(Messages.AnswersEmpty);
        }

        // Text that is not UTF-8 comes from a broken client, never from typing: refused, and where it breaks is said.
        if (!Utf8.IsValid(utf8Json.Span))
        {
            return AnswersReadResult.Failed(Messages.AnswersNotUtf8(FirstInvalidByte(utf8Json.Span)));
        }

        utf8Json = UnpairedSurrogates.Remove(utf8Json);
        try
        {
            using var document = JsonDocument.Parse(utf8Json, Options);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? AnswersReadResult.Read(new Answers(document.RootElement.Clone()))
                : AnswersReadResult.Failed(Messages.AnswersNotObject);
        }
        catch (JsonException exception)
        {
            return NestsTooDeep(utf8Json.Span)
                ? AnswersReadResult.Failed(Messages.AnswersTooDeep(MaxDepth))
                : AnswersReadResult.Failed(Messages.AnswersNotJson(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0));
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        Utf8.ToUtf16(utf8, new char[utf8.Length], out var valid, out _, replaceInvalidSequences: false);
        return valid;
    }

    // The parser's exception does not say in a stable way that depth was the reason, so we look ourselves.
    private static bool NestsTooDeep(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = int.MaxValue });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= MaxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed before it got too deep.
        }

        return false;
    }

    /// <summary>Reads answers from a stream, refusing more than <see cref="MaxBytes"/> without reading it all.</summary>
    public static Task<AnswersReadResult> ReadAsync(Stream stream, CancellationToken cancellationToken = default) =>
        ReadAsync(stream, expectedLength: null, cancellationToken);

    /// <summary>
    /// Reads answers from a stream whose length may be known (an HTTP body's Content-Length), refusing more than
    /// <see cref="MaxBytes"/> without reading it all.
    /// </summary>
    public static async Task<AnswersReadResult> ReadAsync(Stream stream, long? expectedLength, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);

        // One array the size announced (plus the byte that shows the stream has ended), which the parsed document then
        // keeps; without an announced size it grows as the body arrives.
        var buffer = new byte[expectedLength is > 0 and <= MaxBytes ? expectedLength.Value + 1 : 16 * 1024];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxBytes + 1));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > MaxBytes)
            {
                return AnswersReadResult.Failed(Messages.AnswersTooLarge(MaxBytes), tooLarge: true);
            }
        }

        return Parse(buffer.AsMemory(0, length));
    }
}

/// <summary>Answers, or the Dutch reason they could not be read.</summary>
public sealed record AnswersReadResult(Answers? Answers, string? Error, bool TooLarge)
{
    internal static AnswersReadResult Read(Answers answers) => new(answers, null, false);

    internal static AnswersReadResult Failed(string error, bool tooLarge = false) => new(null, error, tooLarge);
}
