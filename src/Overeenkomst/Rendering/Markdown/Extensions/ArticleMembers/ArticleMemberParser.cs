using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Overeenkomst.Rendering.Markdown.Extensions.ArticleMembers;

/// <summary>Opens an <see cref="ArticleMemberBlock"/> on a line that starts with <c>digits.digits</c> and a space, then the member's <c>{#id}</c>.</summary>
/// <remarks>User text can never start such a line: <see cref="MarkdownText"/> escapes a leading <c>3.</c> as <c>3\.</c>.</remarks>
public sealed class ArticleMemberParser : BlockParser
{
    /// <summary>Creates the parser; it listens to lines starting with a digit.</summary>
    public ArticleMemberParser() => OpeningCharacters = "0123456789".ToCharArray();

    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var length = MatchNumber(line);
        if (length == 0)
        {
            return BlockState.None;
        }

        var start = processor.Start;
        var number = line.Text.Substring(line.Start, length);
        for (var i = 0; i < length; i++)
        {
            processor.NextChar();
        }

        SkipSpaces(processor);
        var clauseId = ClauseIdToken.Read(processor);
        SkipSpaces(processor);
        processor.NewBlocks.Push(new ArticleMemberBlock(this, number, clauseId)
        {
            Column = processor.Column,
            Span = new SourceSpan(start, processor.Line.End),
        });
        return BlockState.Continue;
    }

    /// <inheritdoc />
    public override bool Close(BlockProcessor processor, Block block)
    {
        // The same trimming Markdig gives an ordinary paragraph.
        var lines = ((ArticleMemberBlock)block).Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            lines.Lines[i].Slice.TrimStart();
        }

        if (lines.Count > 0)
        {
            lines.Lines[lines.Count - 1].Slice.TrimEnd();
        }

        return true;
    }

    private static void SkipSpaces(BlockProcessor processor)
    {
        while (processor.CurrentChar.IsSpaceOrTab())
        {
            processor.NextChar();
        }
    }

    // Length of "12.3" at the start of the line when a space or tab follows it; 0 otherwise.
    private static int MatchNumber(StringSlice line)
    {
        var text = line.Text;
        var i = line.Start;
        var end = line.End;
        var digitsBefore = CountDigits(text, ref i, end);
        if (digitsBefore == 0 || i > end || text[i] != '.')
        {
            return 0;
        }

        i++;
        var digitsAfter = CountDigits(text, ref i, end);
        if (digitsAfter == 0 || i > end || !text[i].IsSpaceOrTab())
        {
            return 0;
        }

        return i - line.Start;
    }

    private static int CountDigits(string text, ref int i, int end)
    {
        var start = i;
        while (i <= end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }
}
