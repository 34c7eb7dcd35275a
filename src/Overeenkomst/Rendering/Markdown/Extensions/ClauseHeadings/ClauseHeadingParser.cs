using Markdig.Helpers;
using Markdig.Parsers;
using Overeenkomst.Rendering.Clauses;

namespace Overeenkomst.Rendering.Markdown.Extensions.ClauseHeadings;

/// <summary>Opens a <see cref="ClauseHeadingBlock"/> on a line <c>## Artikel 11 {#overleg} Titel</c> or <c>## Bijlage 2 {#bijlage-begroting} Titel</c>.</summary>
/// <remarks>Any other heading is left to Markdig's own heading parser.</remarks>
public sealed class ClauseHeadingParser : BlockParser
{
    /// <summary>Creates the parser; it listens to lines starting with '#'.</summary>
    public ClauseHeadingParser() => OpeningCharacters = ['#'];

    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || Match(processor.Line) is not { } heading)
        {
            return BlockState.None;
        }

        var column = processor.Column;
        var start = processor.Start;
        for (var i = 0; i < heading.Length; i++)
        {
            processor.NextChar();
        }

        processor.NewBlocks.Push(new ClauseHeadingBlock(this, heading.Kind, heading.Number, heading.Id)
        {
            Column = column,
            Span = new Markdig.Syntax.SourceSpan(start, processor.Line.End),
        });
        return BlockState.Break;
    }

    /// <inheritdoc />
    public override bool Close(BlockProcessor processor, Markdig.Syntax.Block block)
    {
        ((ClauseHeadingBlock)block).Lines.Trim();
        return true;
    }

    // "## Artikel 11 {#overleg} " at the start of the line: its kind, number, id and length.
    private static (ClauseKind Kind, string Number, string Id, int Length)? Match(StringSlice line)
    {
        var text = line.Text.AsSpan(line.Start, line.End - line.Start + 1);
        ClauseKind kind;
        if (text.StartsWith("## Artikel "))
        {
            kind = ClauseKind.Article;
        }
        else if (text.StartsWith("## Bijlage "))
        {
            kind = ClauseKind.Annex;
        }
        else
        {
            return null;
        }

        var at = "## Artikel ".Length;
        var digits = at;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits == at || !text[digits..].StartsWith(" {#"))
        {
            return null;
        }

        // The id is cut out once, checked and kept.
        var idStart = digits + 3;
        var close = text[idStart..].IndexOf('}');
        var id = close < 0 ? null : text.Slice(idStart, close).ToString();
        if (!ClauseIds.IsClauseId(id))
        {
            return null;
        }

        var length = idStart + close + 1;
        while (length < text.Length && text[length].IsSpaceOrTab())
        {
            length++;
        }

        return (kind, text[at..digits].ToString(), id, length);
    }
}
