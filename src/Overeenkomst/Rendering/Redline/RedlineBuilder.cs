using System.Text.RegularExpressions;
using Markdig.Syntax;
using Overeenkomst.Rendering.Markdown.Extensions.Revisions;

namespace Overeenkomst.Rendering.Redline;

/// <summary>
/// Compares two versions of an agreement on our own Markdown tree: sections aligned by clause id (an article that
/// moves keeps its id, its number changes), blocks within a section by what they say, words within a paragraph or
/// table cell. The result is one tree that holds both versions' text: accept every change for the newer, reject every
/// change for the older.
/// </summary>
/// <remarks>The two Markdown texts are parsed here and their trees taken apart for the merge; nothing is shared with other callers.</remarks>
public static partial class RedlineBuilder
{
    /// <summary>Compares <paramref name="older"/> with <paramref name="newer"/> (laid-out agreement Markdown, as versions store it).</summary>
    public static Redline Compare(string older, string newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = RedlineSections.Of(older);
        var after = RedlineSections.Of(newer);
        var sections = new List<RedlineSection>(after.Count + 4);
        int a = 0, b = 0;
        foreach (var run in Sequences.Diff([.. before.Select(part => part.Key)], [.. after.Select(part => part.Key)]))
        {
            for (; a < run.DeleteStartA; a++, b++)
            {
                sections.Add(Merged(before[a], after[b]));
            }

            for (; a < run.DeleteStartA + run.DeleteCountA; a++)
            {
                sections.Add(Whole(before[a], SectionChange.Deleted, RevisionKind.Deleted));
            }

            for (b = run.InsertStartB; b < run.InsertStartB + run.InsertCountB; b++)
            {
                sections.Add(Whole(after[b], SectionChange.Inserted, RevisionKind.Inserted));
            }
        }

        for (; b < after.Count; a++, b++)
        {
            sections.Add(Merged(before[a], after[b]));
        }

        var document = new MarkdownDocument();
        BlockMerge.Adopt(document, sections.SelectMany(section => section.Blocks));
        return new Redline(document, sections);
    }

    private static RedlineSection Merged(RedlineSections.Part older, RedlineSections.Part newer)
    {
        // The same text needs no parse of the older section; other text may still say the same (spacing, line breaks).
        if (string.Equals(older.Text, newer.Text, StringComparison.Ordinal) || older.Keys.AsSpan().SequenceEqual(newer.Keys))
        {
            return new RedlineSection(newer.Key, newer.Kind, newer.Heading, SectionChange.Unchanged, newer.Blocks, OnlyNumbersDiffer: false);
        }

        var merged = new List<Block>(newer.Blocks.Count + 4);
        BlockMerge.Merge(older.Blocks, newer.Blocks, merged, older.Keys, newer.Keys);
        var onlyNumbers = string.Equals(Digits().Replace(string.Join('\n', older.Keys), "#"), Digits().Replace(string.Join('\n', newer.Keys), "#"),
            StringComparison.Ordinal);
        return new RedlineSection(newer.Key, newer.Kind, newer.Heading, SectionChange.Changed, merged, onlyNumbers);
    }

    private static RedlineSection Whole(RedlineSections.Part part, SectionChange change, RevisionKind kind)
    {
        foreach (var block in part.Blocks)
        {
            BlockMerge.MarkWhole(block, kind);
        }

        return new RedlineSection(part.Key, part.Kind, part.Heading, change, part.Blocks, OnlyNumbersDiffer: false);
    }

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
