using System.Collections.Concurrent;

namespace Overeenkomst.Rendering.Clauses;

/// <summary>The ids the numbering pass reads from the text, each made into a string once and then kept.</summary>
/// <remarks>
/// Every render of an agreement opens the same few hundred clauses, and each clause's id is a key and is written out
/// again: kept, they are found by the span they are read from instead of being made anew for every render. The ids come
/// from the templates' clause functions (only checked ids reach the text), so they are few; the bound keeps a template
/// that makes names up as it goes from growing this for ever.
/// </remarks>
internal static class ClauseIdTexts
{
    private const int Bound = 20_000;

    private static readonly ConcurrentDictionary<string, string> Kept = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Kept.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The id written as <paramref name="id"/>, as a string.</summary>
    public static string Of(ReadOnlySpan<char> id)
    {
        if (BySpan.TryGetValue(id, out var kept))
        {
            return kept;
        }

        var made = new string(id);
        return Kept.Count < Bound ? Kept.GetOrAdd(made, made) : made;
    }
}
