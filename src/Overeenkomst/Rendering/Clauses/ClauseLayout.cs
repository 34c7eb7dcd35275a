using System.Buffers;
using System.Text;

namespace Overeenkomst.Rendering.Clauses;

/// <summary>
/// The numbering pass: after the templates have written the agreement (with <see cref="ClauseMarker"/>s where articles,
/// annexes and members begin and where the text refers to one), puts in each jurist's edit, numbers every article,
/// member and annex in document order, and writes each reference as the number its clause got.
/// </summary>
/// <remarks>
/// Numbers are given only here, after the conditional articles are laid out and the edits are in, so an article that
/// is left out leaves no gap and "artikel 11" always names the article that is number 11. Each clause keeps its id in
/// the Markdown (<c>## Artikel 11 {#overleg} Overleg en besluitvorming</c>, <c>11.2 {#overleg.besluiten} …</c>), where
/// <see cref="ClauseReader"/> and the Markdown parser find it again.
/// <para>
/// An edit of a member replaces the member's text. An edit of an article replaces all of its members: each paragraph of
/// the edit becomes a member of its own (<c>overleg.1</c>, <c>overleg.2</c>, …), and a reference to one of the replaced
/// members then names the article.
/// </para>
/// </remarks>
public static class ClauseLayout
{
    [ThreadStatic]
    private static StringBuilder? laidOut;

    /// <summary>Lays out <paramref name="written"/> (what the templates wrote) with <paramref name="edits"/> (clause id → the jurist's text).</summary>
    /// <exception cref="AgreementRenderException">The templates wrote a member outside an article, a clause twice, or a reference to a clause that is not there.</exception>
    public static string Apply(string written, IReadOnlyDictionary<string, string>? edits = null)
    {
        ArgumentNullException.ThrowIfNull(written);
        return written.Contains(ClauseMarker.Delimiter, StringComparison.Ordinal) ? Layout(written, edits) : written;
    }

    /// <summary>
    /// Lays out what the templates wrote into <paramref name="written"/>, without making a string of it first: a whole
    /// agreement is beyond the size .NET keeps apart (85 kB), and every such string per render costs a full collection
    /// of the heap every few renders.
    /// </summary>
    public static string Apply(StringBuilder written, IReadOnlyDictionary<string, string>? edits = null)
    {
        ArgumentNullException.ThrowIfNull(written);

        // The templates' buffer is sized for a whole agreement, so it is nearly always one piece: laid out from where it
        // lies. Only a text that outgrew it is first copied into one (pooled) piece.
        if (SinglePiece(written) is { } piece)
        {
            return Apply(piece.Span, edits);
        }

        var copy = ArrayPool<char>.Shared.Rent(written.Length);
        try
        {
            written.CopyTo(0, copy, written.Length);
            return Apply(copy.AsSpan(0, written.Length), edits);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(copy);
        }
    }

    private static string Apply(ReadOnlySpan<char> text, IReadOnlyDictionary<string, string>? edits) =>
        text.Contains(ClauseMarker.Delimiter) ? Layout(text, edits) : new string(text);

    private static ReadOnlyMemory<char>? SinglePiece(StringBuilder written)
    {
        ReadOnlyMemory<char>? only = null;
        foreach (var chunk in written.GetChunks())
        {
            if (only is not null)
            {
                return null;
            }

            only = chunk;
        }

        return only ?? ReadOnlyMemory<char>.Empty;
    }

    private static string Layout(ReadOnlySpan<char> written, IReadOnlyDictionary<string, string>? edits)
    {
        var marks = Marks(written);
        var extents = Extents(written, marks);
        var numbers = Number(marks, extents, edits);
        return Write(written, marks, extents, numbers, edits);
    }

    private static List<Mark> Marks(ReadOnlySpan<char> written)
    {
        var marks = new List<Mark>(256);
        var at = written.IndexOf(ClauseMarker.Delimiter);
        while (at >= 0)
        {
            var close = IndexOf(written, ClauseMarker.Delimiter, at + 1);
            if (close < at + 2)
            {
                throw new AgreementRenderException(Messages.ClauseMarkBroken);
            }

            // A reference is looked up by its span; only a clause's own id becomes a string (a key, and written out), kept from
            // one render to the next.
            var kind = written[at + 1];
            var id = written.Slice(at + 2, close - at - 2);
            marks.Add(new Mark(kind, kind is ClauseMarker.Reference or ClauseMarker.Number ? string.Empty : ClauseIdTexts.Of(id), at, close + 1));
            at = IndexOf(written, ClauseMarker.Delimiter, close + 1);
        }

        return marks;
    }

    private static int IndexOf(ReadOnlySpan<char> text, char value, int from) =>
        text[from..].IndexOf(value) is var found and >= 0 ? from + found : -1;

    // Where each article's body and each member's text begins and ends in what the templates wrote. A member runs to
    // the next clause of any kind, an article or annex to the next article or annex; both stop at a line that opens
    // something no clause holds (a heading, the signature block, a page break).
    private static Extent[] Extents(ReadOnlySpan<char> written, List<Mark> marks)
    {
        var extents = new Extent[marks.Count];
        var terminators = Terminators(written);
        int nextClause = written.Length, nextSection = written.Length;
        for (var i = marks.Count - 1; i >= 0; i--)
        {
            var mark = marks[i];
            if (!mark.OpensClause)
            {
                continue;
            }

            var lineStart = written[..Math.Max(mark.Start, 1)].LastIndexOf('\n') + 1;
            var isMember = mark.Kind == ClauseMarker.Member;
            var start = isMember ? mark.End : LineEnd(written, mark.End);
            var terminator = terminators.BinarySearch(start + 1);
            terminator = terminator >= 0 ? terminators[terminator] : ~terminator < terminators.Count ? terminators[~terminator] : written.Length;
            var end = Math.Min(terminator, isMember ? nextClause : nextSection);
            extents[i] = new Extent(lineStart, start, TrimEnd(written, start, Math.Max(start, end)));
            nextClause = lineStart;
            if (!isMember)
            {
                nextSection = lineStart;
            }
        }

        return extents;
    }

    // The start of every line that ends an article or member: "#…", ":::…", "\newpage".
    private static List<int> Terminators(ReadOnlySpan<char> written)
    {
        var result = new List<int>();
        var lineStart = 0;
        while (lineStart < written.Length)
        {
            var line = written[lineStart..];
            if (line.StartsWith("#") || line.StartsWith(":::") || line.StartsWith("\\newpage"))
            {
                result.Add(lineStart);
            }

            var newline = IndexOf(written, '\n', lineStart);
            lineStart = newline < 0 ? written.Length : newline + 1;
        }

        return result;
    }

    private static int LineEnd(ReadOnlySpan<char> text, int from)
    {
        var newline = IndexOf(text, '\n', from);
        return newline < 0 ? text.Length : newline;
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static Dictionary<string, Numbered> Number(List<Mark> marks, Extent[] extents, IReadOnlyDictionary<string, string>? edits)
    {
        // Nearly every mark opens a clause: room for all of them up front, instead of growing the table five times over.
        var numbers = new Dictionary<string, Numbered>(marks.Count, StringComparer.Ordinal);
        int article = 0, member = 0, annex = 0;
        string? articleId = null;
        var replacedUntil = -1;
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            Numbered numbered;
            switch (mark.Kind)
            {
                case ClauseMarker.Article:
                    article++;
                    member = 0;
                    articleId = mark.Id;
                    numbered = new Numbered(ClauseKind.Article, article.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    if (edits?.TryGetValue(mark.Id, out var text) == true)
                    {
                        replacedUntil = extents[i].End;
                        var paragraph = 0;
                        foreach (var _ in Members(text))
                        {
                            paragraph++;
                            numbers[ClauseIds.Member(mark.Id, paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture))] =
                                new Numbered(ClauseKind.Member, $"{article}.{paragraph}");
                        }
                    }

                    break;
                case ClauseMarker.Annex:
                    annex++;
                    articleId = null;
                    numbered = new Numbered(ClauseKind.Annex, annex.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case ClauseMarker.Member:
                    if (articleId is null || !IsMemberOf(mark.Id, articleId))
                    {
                        throw new AgreementRenderException(Messages.MemberOutsideArticle(mark.Id));
                    }

                    // A member of a replaced article is not written; a reference to it names the article.
                    numbered = mark.Start < replacedUntil
                        ? numbers[articleId]
                        : new Numbered(ClauseKind.Member, $"{article}.{++member}");
                    break;
                default:
                    continue;
            }

            if (!numbers.TryAdd(mark.Id, numbered))
            {
                throw new AgreementRenderException(Messages.ClauseTwice(mark.Id));
            }
        }

        return numbers;
    }

    private static string Write(ReadOnlySpan<char> written, List<Mark> marks, Extent[] extents, Dictionary<string, Numbered> numbers,
        IReadOnlyDictionary<string, string>? edits)
    {
        // Kept per thread, like the templates' output buffer: its room is taken once, not once per render.
        var output = (laidOut ??= new StringBuilder(written.Length + marks.Count * 8)).Clear();
        var byId = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var position = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            if (mark.Start < position)
            {
                // Inside text an edit replaced.
                continue;
            }

            output.Append(written[position..mark.Start]);
            position = mark.End;
            switch (mark.Kind)
            {
                case ClauseMarker.Reference or ClauseMarker.Number:
                    var reference = written[(mark.Start + 2)..(mark.End - 1)];
                    if (!byId.TryGetValue(reference, out var target))
                    {
                        throw new AgreementRenderException(Messages.UnknownClauseReference(reference.ToString()));
                    }

                    output.Append(mark.Kind == ClauseMarker.Number ? target.Number : target.InWords);
                    break;
                case ClauseMarker.Article or ClauseMarker.Annex:
                    output.Append(numbers[mark.Id].Number).Append(" {#").Append(mark.Id).Append('}');
                    if (edits?.TryGetValue(mark.Id, out var articleText) == true)
                    {
                        output.Append(written[position..extents[i].Start]);
                        WriteArticle(output, mark.Id, numbers, articleText);
                        position = extents[i].End;
                    }

                    break;
                case ClauseMarker.Member:
                    output.Append(numbers[mark.Id].Number).Append(" {#").Append(mark.Id).Append('}');
                    if (edits?.TryGetValue(mark.Id, out var memberText) == true)
                    {
                        var blocks = EditedText.Blocks(memberText);
                        output.Append(' ').Append(blocks.Count > 0 && !blocks[0].IsListItem ? blocks[0].Markdown : "");
                        EditedText.AppendFollowing(output, blocks.Count > 0 && !blocks[0].IsListItem ? blocks.Skip(1) : blocks);
                        position = extents[i].End;
                    }

                    break;
                default:
                    throw new AgreementRenderException(Messages.ClauseMarkBroken);
            }
        }

        output.Append(written[position..]);
        return output.ToString();
    }

    private static void WriteArticle(StringBuilder output, string articleId, Dictionary<string, Numbered> numbers, string text)
    {
        var paragraph = 0;
        foreach (var blocks in Members(text))
        {
            var id = ClauseIds.Member(articleId, (++paragraph).ToString(System.Globalization.CultureInfo.InvariantCulture));
            output.Append("\n\n").Append(numbers[id].Number).Append(" {#").Append(id).Append("} ").Append(blocks[0].IsListItem ? "" : blocks[0].Markdown);
            EditedText.AppendFollowing(output, blocks[0].IsListItem ? blocks : blocks.Skip(1));
        }
    }

    // An article's edit as its members: each paragraph opens one, and the list items after it belong to it.
    private static List<List<EditedText.Block>> Members(string text)
    {
        var members = new List<List<EditedText.Block>>();
        foreach (var block in EditedText.Blocks(text))
        {
            if (!block.IsListItem || members.Count == 0)
            {
                members.Add([]);
            }

            members[^1].Add(block);
        }

        return members;
    }

    // ClauseIds.ArticleOf(memberId) == articleId, without making a string of the article part for every member.
    private static bool IsMemberOf(string memberId, string articleId)
    {
        var point = memberId.IndexOf('.', StringComparison.Ordinal);
        return point > 0 && memberId.AsSpan(0, point).SequenceEqual(articleId);
    }

    // Id: the clause's id for a mark that opens one; empty for a reference (its id is read from the text where it lies).
    private readonly record struct Mark(char Kind, string Id, int Start, int End)
    {
        public bool OpensClause => Kind is ClauseMarker.Article or ClauseMarker.Annex or ClauseMarker.Member;
    }

    // LineStart: where the clause's heading or member line begins; Start..End: its body or text, without trailing blank lines.
    private readonly record struct Extent(int LineStart, int Start, int End);

    private readonly record struct Numbered(ClauseKind Kind, string Number)
    {
        public string InWords => ClauseWords.Of(Kind, Number);
    }
}
