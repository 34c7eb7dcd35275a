using System.Text;
using Overeenkomst.Rendering.Markdown;

namespace Overeenkomst.Rendering.Clauses;

/// <summary>
/// The text a jurist wrote for a clause, as Markdown that reads back as exactly that text: paragraphs (separated by a
/// blank line) and list items (lines starting with "- ", "* " or "• "), nothing else.
/// </summary>
/// <remarks>Every line passes <see cref="MarkdownText"/>, so an edit cannot open a heading, a member number, a table or a page break.</remarks>
internal static class EditedText
{
    /// <summary>The blocks of <paramref name="text"/>: each a paragraph or a list item, as escaped Markdown.</summary>
    public static IReadOnlyList<Block> Blocks(string text)
    {
        var blocks = new List<Block>();
        var paragraph = new List<string>();
        void Close()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new Block(false, string.Join("\\\n", paragraph.Select(MarkdownText.Escape))));
                paragraph.Clear();
            }
        }

        foreach (var raw in DocumentText.Clean(text, keepLineBreaks: true).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Close();
            }
            else if (ListItem(line) is { } item)
            {
                Close();
                blocks.Add(new Block(true, MarkdownText.Escape(item)));
            }
            else
            {
                paragraph.Add(line);
            }
        }

        Close();
        return blocks;
    }

    /// <summary>Writes blocks after the first as Markdown: paragraphs apart, consecutive list items as one list.</summary>
    public static void AppendFollowing(StringBuilder output, IEnumerable<Block> blocks)
    {
        var previousWasItem = false;
        foreach (var block in blocks)
        {
            output.Append(block.IsListItem && previousWasItem ? "\n" : "\n\n");
            output.Append(block.IsListItem ? "- " : "").Append(block.Markdown);
            previousWasItem = block.IsListItem;
        }
    }

    private static string? ListItem(string line) =>
        line.Length > 2 && line[0] is '-' or '*' or '•' && line[1] == ' ' ? line[2..].Trim() : null;

    /// <summary>A paragraph or a list item, as escaped Markdown.</summary>
    public readonly record struct Block(bool IsListItem, string Markdown);
}
