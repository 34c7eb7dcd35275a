using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Overeenkomst.Rendering.Markdown;
using Overeenkomst.Rendering.Markdown.Extensions.ArticleMembers;
using Overeenkomst.Rendering.Markdown.Extensions.ClauseHeadings;
using Overeenkomst.Rendering.Markdown.Extensions.PageBreaks;
using Overeenkomst.Rendering.Markdown.Extensions.Signatures;
using Overeenkomst.Rendering.Markdown.Extensions.TableLines;
using Overeenkomst.Tests.LegalText;

namespace Overeenkomst.Tests.Rendering;

/// <summary>Tables read line by line (<see cref="TableLineParser"/>) are the tables Markdig's pipe tables make of the same lines.</summary>
public sealed class TableLineTests
{
    // The agreement's dialect without the line-by-line tables: every table is Markdig's.
    private static readonly MarkdownPipeline MarkdigTables = new MarkdownPipelineBuilder()
        .UsePipeTables(new PipeTableOptions { InferColumnWidthsFromSeparator = true })
        .UseListExtras()
        .Use<ClauseHeadingExtension>()
        .Use<ArticleMemberExtension>()
        .Use<PageBreakExtension>()
        .Use<SignatureBlockExtension>()
        .DisableHtml()
        .Build();

    public static TheoryData<string> Tables => new()
    {
        "| Locatie | Afdeling |\n|-----------|:--------:|\n| Amstelzorg, Slotermeer | Psychogeriatrie 1 |\n|  | 10:00 |\n",
        "| a | b |\n|:---|---:|\n| Fred\\. Roeskestraat | x\\|y |\n| \\* z | &amp; q |\n| a:| \\\\| |\n| a\\| | é € |\n",
        "| only | header |\n|:---|---:|\n",
        "| A | B |\n| --- | --- |\n|   spaces   |\ttab\t|\n",
        "|a|b|\n|-|-|\n|1|2|",
        "| a | b |\r\n|---|---|\r\n| c | d |\r\n\r\nTekst\r\n",
        "| **Totaal** | | **€ 202.000,00** |\n|---|---|---:|\n|**a.**|  **x y**  |\t**1**\t|\n| **h** |**k**| b |\n",
        // Left to Markdig: inlines that can hold a pipe, other emphasis, rows of other lengths, lines that are no rows.
        "| a | b |\n|---|---|\n| `code|x` | y |\n",
        "| a | b |\n|---|---|\n| [l|k](u) | <http://x> |\n",
        "| a | b |\n|---|---|\n| **Totaal** | _c_ |\n",
        "| a | b |\n|---|---|\n| *x* | **a:b** |\n| x** | **x** y |\n",
        "| a | b |\n|---|---|\n| c | d | e |\n",
        "| a | b |\n|---|---|\n| c | d\n",
        "| a | b |\n|---|---|\n| c | d |\nlazy line\n",
        "| a | b |\n| c | d |\n",
        "| a | b |\n|---|---|\n| c | d |\n## Kop\n",
        // Not at the top of the document, or not a paragraph of its own.
        "Tekst\n| a | b |\n|---|---|\n| c | d |\n",
        "- punt\n\n  | a | b |\n  |---|---|\n  | c | d |\n",
        "> | a | b |\n> |---|---|\n> | c | d |\n",
        "    | code |\n",
        "1.1 {#doelen.doelen} Lid.\n| a | b |\n|---|---|\n| c | d |\n",
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Table_ReadLineByLine_IsTheTableMarkdigMakes(string markdown) =>
        Assert.Equal(Tree(Markdig.Markdown.Parse(markdown, MarkdigTables)), Tree(AgreementMarkdown.Parse(markdown)));

    [Fact]
    public void EveryExample_ParsesToTheSameTree_AsWithMarkdigsTables()
    {
        foreach (var example in RenderedExamples.Every)
        {
            Assert.Equal(Tree(Markdig.Markdown.Parse(example.Markdown, MarkdigTables)), Tree(AgreementMarkdown.Parse(example.Markdown)));
        }
    }

    [Fact]
    public void TheTemplatesTables_AreReadLineByLine()
    {
        var tables = RenderedExamples.Every.SelectMany(example => AgreementMarkdown.Parse(example.Markdown).Descendants<Table>()).ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.IsType<TableLineParser>(table.Parser));
    }

    // What the renderers read of a tree: its blocks and inlines, tables with their columns and header rows, the text.
    // Not the parser's own marks (which parser, whether a block is still open, whether its inlines are still to parse).
    private static string Tree(MarkdownObject root)
    {
        var text = new StringBuilder();
        Append(text, root, 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, MarkdownObject node, int depth)
    {
        text.Append(' ', depth * 2).Append(node.GetType().Name);
        text.Append(node switch
        {
            Table table => " " + string.Join(",", table.ColumnDefinitions.Select(c => $"{c.Alignment}/{c.Width}")),
            TableRow row => row.IsHeader ? " header" : "",
            TableCell cell => $" {cell.ColumnSpan}x{cell.RowSpan} {cell.ColumnIndex}",
            LiteralInline literal => $" [{literal.Content}]",
            EmphasisInline emphasis => $" {emphasis.DelimiterChar}{emphasis.DelimiterCount}",
            HtmlEntityInline entity => $" {entity.Transcoded}",
            CodeInline code => $" `{code.Content}`",
            LinkInline link => $" {link.Url}",
            AutolinkInline link => $" {link.Url}",
            LineBreakInline lineBreak => lineBreak.IsHard ? " hard" : "",
            HeadingBlock heading => $" {heading.Level}",
            ListBlock list => $" {list.BulletType}{list.OrderedStart}{list.OrderedDelimiter} {list.IsLoose}",
            _ => "",
        }).Append('\n');
        switch (node)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(text, child, depth + 1);
                }

                break;
            case LeafBlock { Inline: { } inline }:
                Append(text, inline, depth + 1);
                break;
            case ContainerInline inlines:
                foreach (var child in inlines)
                {
                    Append(text, child, depth + 1);
                }

                break;
        }
    }
}
