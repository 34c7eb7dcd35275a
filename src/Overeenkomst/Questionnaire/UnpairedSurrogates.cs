using System.Buffers.Text;

namespace Overeenkomst.Questionnaire;

/// <summary>
/// Removes the escapes of unpaired surrogates (<c>"\ud800"</c>) from JSON text. JSON lets a document name half of a
/// character; .NET cannot turn it into a string, and a Word file cannot hold it. A browser produces one when a script cuts
/// an emoji in two, so it arrives without anyone seeing it — the README's promise is that it is removed, like the
/// control characters, not refused.
/// </summary>
/// <remarks>
/// Works on the raw UTF-8 before parsing: every backslash in valid JSON starts an escape inside a string, so a scan that
/// skips each escape whole never mistakes <c>\\ud800</c> (an escaped backslash) for one. Invalid JSON is left to the parser.
/// </remarks>
public static class UnpairedSurrogates
{
    private const int EscapeLength = 6;

    /// <summary><paramref name="utf8Json"/> without unpaired surrogate escapes; the same memory when there are none.</summary>
    public static ReadOnlyMemory<byte> Remove(ReadOnlyMemory<byte> utf8Json)
    {
        var json = utf8Json.Span;
        List<int>? unpaired = null;
        var at = 0;
        while (json[at..].IndexOf((byte)'\\') is var found and >= 0)
        {
            var escape = at + found;
            if (escape + 1 >= json.Length || json[escape + 1] != (byte)'u' || CodeUnit(json, escape) is not { } unit)
            {
                at = escape + 2;
                continue;
            }

            if (char.IsHighSurrogate(unit) && CodeUnit(json, escape + EscapeLength) is { } next && char.IsLowSurrogate(next))
            {
                at = escape + (2 * EscapeLength);
                continue;
            }

            if (char.IsSurrogate(unit))
            {
                (unpaired ??= []).Add(escape);
            }

            at = escape + EscapeLength;
        }

        if (unpaired is null)
        {
            return utf8Json;
        }

        var cleaned = new byte[json.Length - (unpaired.Count * EscapeLength)];
        var written = 0;
        var from = 0;
        foreach (var escape in unpaired)
        {
            json[from..escape].CopyTo(cleaned.AsSpan(written));
            written += escape - from;
            from = escape + EscapeLength;
        }

        json[from..].CopyTo(cleaned.AsSpan(written));
        return cleaned;
    }

    // The UTF-16 code unit of the \uXXXX escape at `escape`, or null when there is none there.
    private static char? CodeUnit(ReadOnlySpan<byte> json, int escape) =>
        escape + EscapeLength <= json.Length && json[escape] == (byte)'\\' && json[escape + 1] == (byte)'u'
        && Utf8Parser.TryParse(json.Slice(escape + 2, 4), out ushort value, out var consumed, 'X') && consumed == 4
            ? (char)value
            : null;
}
