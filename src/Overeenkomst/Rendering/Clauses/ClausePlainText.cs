using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Overeenkomst.Rendering.Markdown;

namespace Overeenkomst.Rendering.Clauses;

/// <summary>
/// A clause's Markdown as the plain text a jurist reads and edits: paragraphs (and members, without their numbers)
/// separated by a blank line, list items as "- ", table rows as lines with " | " between the cells. Text in this form
/// can be saved back as an edit (<see cref="EditedText"/>) and reads the same.
/// </summary>
public static class ClausePlainText
{
    /// <summary>The plain text of <paramref name="markdown"/> (a <see cref="Clause.Markdown"/>).</summary>
    public static string Of(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var blocks = new List<string>();
        foreach (var block in AgreementMarkdown.Parse(markdown))
        {
            Add(blocks, block);
        }

        return string.Join("\n\n", blocks);
    }

    private static void Add(List<string> blocks, Block block)
    {
        switch (block)
        {
            case LeafBlock leaf when leaf.Inline is not null:
                blocks.Add(InlineText.Of(leaf.Inline).Trim());
                break;
            case ListBlock list:
                var items = new StringBuilder();
                AddItems(items, list);
                blocks.Add(items.ToString().TrimEnd('\n'));
                break;
            case Table table:
                blocks.Add(string.Join('\n', table.OfType<TableRow>().Select(row =>
                    string.Join(" | ", row.OfType<TableCell>().Select(cell => string.Join(' ', cell.OfType<LeafBlock>().Select(leaf => InlineText.Of(leaf.Inline).Trim())))))));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Add(blocks, child);
                }

                break;
        }
    }

    // Every item of a list, nested ones too, on a line of its own: an edit knows only one level of list.
    private static void AddItems(StringBuilder items, ListBlock list)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var text = string.Join(' ', item.OfType<LeafBlock>().Select(leaf => InlineText.Of(leaf.Inline).Trim()));
            items.Append("- ").Append(text.Replace('\n', ' ')).Append('\n');
            foreach (var nested in item.OfType<ListBlock>())
            {
                AddItems(items, nested);
            }
        }
    }
}
