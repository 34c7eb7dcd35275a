using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Overeenkomst.Rendering.Markdown.Extensions.ArticleMembers;
using Overeenkomst.Rendering.Markdown.Extensions.ClauseHeadings;
using Overeenkomst.Rendering.Markdown.Extensions.Revisions;

namespace Overeenkomst.Rendering.Redline;

/// <summary>
/// Merges the blocks of one section (or of a list, a table, a cell) of two versions into one sequence: blocks that read
/// the same are kept once, a changed paragraph becomes one paragraph with its words marked, and what the other version
/// lacks is marked inserted or deleted as a whole. Accepting every change leaves the newer blocks, rejecting every change
/// the older ones, in their order.
/// </summary>
/// <remarks>
/// Blocks are aligned by <see cref="BlockKey"/> (the longest common subsequence). In a run of differing blocks a deleted
/// and an inserted block are taken as one changed block when they are of one kind and share enough of their words, or
/// when they are the heading of the same article — otherwise they are shown as one removed and one added.
/// </remarks>
internal static class BlockMerge
{
    // Below this share of common words two paragraphs are different paragraphs: a word diff of them would be noise.
    private const double SameParagraph = 0.4;

    /// <summary>Merges <paramref name="older"/> and <paramref name="newer"/> into <paramref name="merged"/>; true when they differ.</summary>
    /// <param name="older">The older version's blocks.</param>
    /// <param name="newer">The newer version's blocks.</param>
    /// <param name="merged">Receives the merged blocks.</param>
    /// <param name="pairAlways">Pair blocks of one kind whatever their words (the paragraphs of one table cell, which Word cannot remove).</param>
    /// <param name="olderKeys">The older blocks' keys, when already known.</param>
    /// <param name="newerKeys">The newer blocks' keys, when already known.</param>
    public static bool Merge(IReadOnlyList<Block> older, IReadOnlyList<Block> newer, List<Block> merged, string[]? olderKeys = null,
        string[]? newerKeys = null, bool pairAlways = false)
    {
        var changed = false;
        int a = 0, b = 0;
        foreach (var run in Sequences.Diff(olderKeys ?? BlockKey.Of(older), newerKeys ?? BlockKey.Of(newer)))
        {
            for (; a < run.DeleteStartA; a++, b++)
            {
                merged.Add(newer[b]);
            }

            changed = true;
            MergeRun(Slice(older, run.DeleteStartA, run.DeleteCountA), Slice(newer, run.InsertStartB, run.InsertCountB), merged, pairAlways);
            a = run.DeleteStartA + run.DeleteCountA;
            b = run.InsertStartB + run.InsertCountB;
        }

        for (; b < newer.Count; b++)
        {
            merged.Add(newer[b]);
        }

        return changed;
    }

    /// <summary>Marks <paramref name="block"/> and everything in it as inserted or deleted as a whole.</summary>
    public static void MarkWhole(Block block, RevisionKind kind)
    {
        Revisions.Mark(block, kind);
        if (block is ContainerBlock container)
        {
            foreach (var child in container)
            {
                MarkWhole(child, kind);
            }
        }
    }

    /// <summary>Makes <paramref name="children"/> the children of <paramref name="container"/>, taking each from its old parent.</summary>
    public static void Adopt(ContainerBlock container, IEnumerable<Block> children)
    {
        container.Clear();
        foreach (var child in children)
        {
            if (child.Parent is { } parent)
            {
                parent.Remove(child);
            }

            container.Add(child);
        }
    }

    private static void MergeRun(List<Block> deleted, List<Block> inserted, List<Block> merged, bool pairAlways)
    {
        int a = 0, b = 0;
        while (a < deleted.Count || b < inserted.Count)
        {
            if (a < deleted.Count && b < inserted.Count && Pair(deleted[a], inserted[b], pairAlways) is { } pair)
            {
                merged.Add(pair());
                a++;
                b++;
                continue;
            }

            // The older block may be the partner of an inserted block further on: what comes before that is new.
            var partner = a < deleted.Count ? PartnerOf(deleted[a], inserted, b + 1, pairAlways) : -1;
            if (partner > b)
            {
                for (; b < partner; b++)
                {
                    merged.Add(Whole(inserted[b], RevisionKind.Inserted));
                }
            }
            else if (a < deleted.Count)
            {
                merged.Add(Whole(deleted[a++], RevisionKind.Deleted));
            }
            else
            {
                merged.Add(Whole(inserted[b++], RevisionKind.Inserted));
            }
        }
    }

    private static int PartnerOf(Block older, List<Block> inserted, int from, bool pairAlways)
    {
        for (var i = from; i < inserted.Count; i++)
        {
            if (Pair(older, inserted[i], pairAlways) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    private static Block Whole(Block block, RevisionKind kind)
    {
        MarkWhole(block, kind);
        return block;
    }

    // How two blocks become one, or null when they are not one block that changed. Deciding is cheap next to doing,
    // except for paragraphs, whose word diff is made once and kept for doing.
    private static Func<Block>? Pair(Block older, Block newer, bool pairAlways)
    {
        if (older.GetType() != newer.GetType())
        {
            return null;
        }

        switch (older, newer)
        {
            case (HeadingBlock before, HeadingBlock after) when before.Level != after.Level:
                return null;
            case (LeafBlock { Inline: not null } before, LeafBlock { Inline: not null } after):
                var words = WordDiff.Of(before.Inline, after.Inline);
                var same = pairAlways || words.Similarity >= SameParagraph || SameClause(before, after);
                return same ? () => MergeLeaf(before, after, words) : null;
            case (ListBlock before, ListBlock after) when before.IsOrdered == after.IsOrdered && before.BulletType == after.BulletType:
                return () => MergeContainer(before, after, pairAlways: false);
            case (ListItemBlock before, ListItemBlock after) when pairAlways || Similar(before, after):
                return () => MergeContainer(before, after, pairAlways: false);
            case (QuoteBlock before, QuoteBlock after):
                return () => MergeContainer(before, after, pairAlways: false);
            case (Table before, Table after) when Columns(before) == Columns(after):
                return () => MergeContainer(before, after, pairAlways: false);
            case (TableRow before, TableRow after) when before.Count == after.Count && (pairAlways || before.IsHeader || Similar(before, after)):
                return () => MergeCells(before, after);
            default:
                // Page breaks, the signature block and anything else that differs is shown removed and added.
                return null;
        }
    }

    // A section's heading is one heading however much its title changed. A member is not: a member rewritten by a jurist
    // reads better as the old text struck through and the new one after it than as its words interleaved.
    private static bool SameClause(LeafBlock older, LeafBlock newer) =>
        older is ClauseHeadingBlock before && newer is ClauseHeadingBlock after && before.ClauseId == after.ClauseId;

    private static bool Similar(ContainerBlock older, ContainerBlock newer) =>
        WordDiff.Of(Flatten(older), Flatten(newer)).Similarity >= SameParagraph;

    // The words of a list item or row as one line, to judge whether two are the same item changed.
    private static Markdig.Syntax.Inlines.ContainerInline Flatten(ContainerBlock container)
    {
        var line = new Markdig.Syntax.Inlines.ContainerInline();
        foreach (var leaf in container.Descendants<LeafBlock>())
        {
            line.AppendChild(new Markdig.Syntax.Inlines.LiteralInline(Markdown.InlineText.Of(leaf.Inline) + " "));
        }

        return line;
    }

    private static int Columns(Table table) =>
        Math.Max(table.ColumnDefinitions.Count, table.OfType<TableRow>().Select(row => row.Count).DefaultIfEmpty(0).Max());

    private static LeafBlock MergeLeaf(LeafBlock older, LeafBlock newer, WordDiff words)
    {
        if (words.HasChanges)
        {
            newer.Inline = words.ToInline();
        }

        switch (older, newer)
        {
            case (ClauseHeadingBlock before, ClauseHeadingBlock after):
                Revisions.SetPreviousLabel(after, before.Label);
                break;
            case (ArticleMemberBlock before, ArticleMemberBlock after):
                Revisions.SetPreviousLabel(after, before.Number);
                break;
        }

        return newer;
    }

    private static ContainerBlock MergeContainer(ContainerBlock older, ContainerBlock newer, bool pairAlways)
    {
        var merged = new List<Block>(newer.Count + 4);
        Merge([.. older], [.. newer], merged, pairAlways: pairAlways);
        Adopt(newer, merged);
        return newer;
    }

    // Cells are paired by column: each cell's paragraphs are merged, and paired whatever they say.
    private static TableRow MergeCells(TableRow older, TableRow newer)
    {
        for (var column = 0; column < newer.Count; column++)
        {
            MergeContainer((ContainerBlock)older[column], (ContainerBlock)newer[column], pairAlways: true);
        }

        return newer;
    }

    private static List<Block> Slice(IReadOnlyList<Block> blocks, int start, int count)
    {
        var slice = new List<Block>(count);
        for (var i = start; i < start + count; i++)
        {
            slice.Add(blocks[i]);
        }

        return slice;
    }
}
