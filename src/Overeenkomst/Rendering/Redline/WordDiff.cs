using Markdig.Syntax.Inlines;
using Overeenkomst.Rendering.Markdown.Extensions.Revisions;

namespace Overeenkomst.Rendering.Redline;

/// <summary>The words two paragraphs share and where they differ, and the paragraph's inlines rebuilt with the difference marked.</summary>
internal sealed class WordDiff
{
    private WordDiff(List<WordChange> changes, double similarity)
    {
        Changes = changes;
        Similarity = similarity;
    }

    /// <summary>Every word of both paragraphs in reading order: kept, deleted or inserted.</summary>
    public List<WordChange> Changes { get; }

    /// <summary>How much the two share (0–1): below a threshold they are different paragraphs, not one changed paragraph.</summary>
    public double Similarity { get; }

    /// <summary>Whether anything changed.</summary>
    public bool HasChanges => Changes.Exists(change => change.Kind != WordChangeKind.Equal);

    /// <summary>Compares the words of two inline trees.</summary>
    public static WordDiff Of(ContainerInline? older, ContainerInline? newer)
    {
        var before = Words.Of(older);
        var after = Words.Of(newer);
        var changes = new List<WordChange>(Math.Max(before.Count, after.Count) + 8);
        var deleted = new List<Word>();
        var inserted = new List<Word>();
        int a = 0, b = 0;
        foreach (var run in Sequences.Diff(Words.Keys(before), Words.Keys(after)))
        {
            // Changes with only a space or a punctuation mark between them read as one change: "drs. M.J. van Dijk" →
            // "mr. A. de Wit" is one name replaced, not four words each struck through beside its successor.
            var between = run.DeleteStartA - a;
            if (deleted.Count + inserted.Count > 0 && between > 0 && IsSlight(after, b, between))
            {
                deleted.AddRange(before.Skip(a).Take(between));
                inserted.AddRange(after.Skip(b).Take(between));
                (a, b) = (a + between, b + between);
            }

            Flush(changes, deleted, inserted);
            for (; a < run.DeleteStartA; a++, b++)
            {
                changes.Add(new WordChange(WordChangeKind.Equal, after[b]));
            }

            deleted.AddRange(before.Skip(run.DeleteStartA).Take(run.DeleteCountA));
            inserted.AddRange(after.Skip(run.InsertStartB).Take(run.InsertCountB));
            a = run.DeleteStartA + run.DeleteCountA;
            b = run.InsertStartB + run.InsertCountB;
        }

        Flush(changes, deleted, inserted);
        for (; b < after.Count; b++)
        {
            changes.Add(new WordChange(WordChangeKind.Equal, after[b]));
        }

        return new WordDiff(changes, Words.Similarity(before, after, changes));
    }

    // All of a change's deleted words before its inserted ones: a reader sees the old phrase, then the new.
    private static void Flush(List<WordChange> changes, List<Word> deleted, List<Word> inserted)
    {
        changes.AddRange(deleted.Select(word => new WordChange(WordChangeKind.Deleted, word)));
        changes.AddRange(inserted.Select(word => new WordChange(WordChangeKind.Inserted, word)));
        deleted.Clear();
        inserted.Clear();
    }

    private static bool IsSlight(List<Word> words, int start, int count) =>
        count <= 2 && words.Skip(start).Take(count).All(word => !word.IsBreak && (word.IsSpace || word.Text.Length == 1 && !char.IsLetterOrDigit(word.Text[0])));

    /// <summary>The inlines of the merged paragraph: kept words as they are, the others in <see cref="RevisionInline"/>s.</summary>
    public ContainerInline ToInline()
    {
        var root = new ContainerInline();
        RevisionInline? open = null;
        var i = 0;
        while (i < Changes.Count)
        {
            // Neighbouring words with the same change and emphasis become one piece of text.
            var first = Changes[i];
            Inline piece;
            var end = i + 1;
            if (first.Word.IsBreak)
            {
                piece = new LineBreakInline { IsHard = true };
            }
            else
            {
                var text = new System.Text.StringBuilder(first.Word.Text);
                for (; end < Changes.Count && Changes[end].Kind == first.Kind && Changes[end].Word.Style == first.Word.Style && !Changes[end].Word.IsBreak; end++)
                {
                    text.Append(Changes[end].Word.Text);
                }

                piece = Styled(text.ToString(), first.Word.Style);
            }

            if (first.Kind == WordChangeKind.Equal)
            {
                open = null;
                root.AppendChild(piece);
            }
            else
            {
                var revision = first.Kind == WordChangeKind.Inserted ? RevisionKind.Inserted : RevisionKind.Deleted;
                if (open is null || open.Kind != revision)
                {
                    open = new RevisionInline(revision);
                    root.AppendChild(open);
                }

                open.AppendChild(piece);
            }

            i = end;
        }

        return root;
    }

    private static Inline Styled(string text, WordStyle style)
    {
        Inline inline = style.HasFlag(WordStyle.Code) ? new CodeInline(text) : new LiteralInline(text);
        if (style.HasFlag(WordStyle.Italic))
        {
            inline = Emphasis(inline, 1);
        }

        if (style.HasFlag(WordStyle.Bold))
        {
            inline = Emphasis(inline, 2);
        }

        return inline;
    }

    private static EmphasisInline Emphasis(Inline inner, int count)
    {
        var emphasis = new EmphasisInline { DelimiterChar = '*', DelimiterCount = count };
        emphasis.AppendChild(inner);
        return emphasis;
    }
}
