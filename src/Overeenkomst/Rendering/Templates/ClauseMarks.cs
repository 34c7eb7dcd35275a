using System.Collections.Concurrent;
using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Rendering.Markdown;

namespace Overeenkomst.Rendering.Templates;

/// <summary>
/// The marks the clause functions write (<see cref="ClauseMarker"/>), made once per clause and then kept: every render
/// writes the same few hundred, and making each anew (its id, the mark, the fragment) was a tenth of what filling in
/// the templates allocated.
/// </summary>
/// <remarks>
/// Keyed by what the template named (a member's article and name, a reference's id), so a mark is found without making
/// its id first. Only checked names reach here, and they come from the templates' text: a few hundred per template set.
/// The bound keeps a template that makes names up as it goes (<c>lid ("punt-" + n)</c>) from growing it for ever.
/// </remarks>
internal static class ClauseMarks
{
    private const int Bound = 20_000;

    private static readonly ConcurrentDictionary<(char Kind, string Article, string Name), MarkdownFragment> Kept = new();

    /// <summary>The mark that opens member <paramref name="name"/> of article <paramref name="article"/>.</summary>
    public static MarkdownFragment Member(string article, string name) =>
        Get(ClauseMarker.Member, article, name, static key => ClauseMarker.Of(key.Kind, ClauseIds.Member(key.Article, key.Name)));

    /// <summary>The mark of <paramref name="kind"/> (an article, an annex or a reference) for the clause <paramref name="id"/>.</summary>
    public static MarkdownFragment Of(char kind, string id) =>
        Get(kind, string.Empty, id, static key => ClauseMarker.Of(key.Kind, key.Name));

    /// <summary>The mark made before for this clause, or null: one that was made was checked then, and need not be again.</summary>
    public static MarkdownFragment? Known(char kind, string? article, string? name) =>
        article is not null && name is not null && Kept.TryGetValue((kind, article, name), out var kept) ? kept : null;

    private static MarkdownFragment Get(char kind, string article, string name, Func<(char Kind, string Article, string Name), string> make)
    {
        var key = (kind, article, name);
        if (Kept.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var made = new MarkdownFragment(make(key));
        return Kept.Count < Bound ? Kept.GetOrAdd(key, made) : made;
    }
}
