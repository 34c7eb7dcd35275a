using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Overeenkomst.Rendering.Markdown.Extensions.ArticleMembers;
using Overeenkomst.Rendering.Markdown.Extensions.ClauseHeadings;

namespace Overeenkomst.Rendering.Redline;

/// <summary>
/// What a block says, as one string: its kind, number, words and emphasis, and those of everything in it. Two blocks
/// with the same key read the same in both versions; the key is what the block alignment compares.
/// </summary>
internal static class BlockKey
{
    private const char Separator = '\u001E';

    public static string Of(Block block)
    {
        var key = new StringBuilder(128);
        Append(key, block);
        return key.ToString();
    }

    public static string[] Of(IReadOnlyList<Block> blocks)
    {
        var keys = new string[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            keys[i] = Of(blocks[i]);
        }

        return keys;
    }

    private static void Append(StringBuilder key, Block block)
    {
        key.Append(block.GetType().Name).Append(Separator);
        switch (block)
        {
            case ClauseHeadingBlock heading:
                key.Append(heading.Label);
                break;
            case ArticleMemberBlock member:
                key.Append(member.Number).Append(' ');
                break;
            case HeadingBlock heading:
                key.Append(heading.Level).Append(' ');
                break;
            case ListBlock list:
                key.Append(list.IsOrdered).Append(list.BulletType).Append(list.OrderedStart);
                break;
            case TableRow row:
                key.Append(row.IsHeader);
                break;
        }

        if (block is LeafBlock leaf)
        {
            if (leaf.Inline is not null)
            {
                Append(key, leaf.Inline);
            }
            else
            {
                key.Append(leaf.Lines.ToString());
            }
        }
        else if (block is ContainerBlock container)
        {
            foreach (var child in container)
            {
                Append(key, child);
                key.Append(Separator);
            }
        }
    }

    private static void Append(StringBuilder key, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                key.Append(literal.Content.AsSpan());
                break;
            case LineBreakInline lineBreak:
                key.Append(lineBreak.IsHard ? '\n' : ' ');
                break;
            case HtmlEntityInline entity:
                key.Append(entity.Transcoded.AsSpan());
                break;
            case CodeInline code:
                key.Append('`').Append(code.Content).Append('`');
                break;
            case AutolinkInline link:
                key.Append('<').Append(link.Url).Append('>');
                break;
            case ContainerInline container:
                key.Append(container switch
                {
                    EmphasisInline emphasis => emphasis.DelimiterCount >= 2 ? "**(" : "*(",
                    LinkInline link => $"[{link.Url}](",
                    _ => "(",
                });
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(key, child);
                }

                key.Append(')');
                break;
        }
    }
}
