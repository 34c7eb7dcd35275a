using System.Net;
using Markdig.Renderers;
using Overeenkomst.Rendering.Markdown;

namespace Overeenkomst.Rendering.Redline;

/// <summary>
/// The redline as HTML for the browser: the changed sections first, each beside what changed it, then every unchanged
/// section folded away under its heading. Words in <c>&lt;ins&gt;</c>/<c>&lt;del&gt;</c>, whole blocks in a marked frame.
/// </summary>
public static class RedlineHtml
{
    /// <summary>The body of the redline page; <paramref name="explain"/> gives each changed section's reasons (plain text).</summary>
    public static string Write(Redline redline, Func<RedlineSection, IReadOnlyList<string>> explain)
    {
        ArgumentNullException.ThrowIfNull(redline);
        ArgumentNullException.ThrowIfNull(explain);
        // No capacity up front: 64 k characters would land on the large object heap for every comparison.
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        AgreementMarkdown.RedlinePipeline.Setup(renderer);
        var changed = redline.Changed.ToList();
        var unchanged = redline.Sections.Where(section => section.Change == SectionChange.Unchanged).ToList();

        writer.Write($"<p class=\"samenvatting\">{Encode(Messages.RedlineSummary(changed.Count, redline.Sections.Count))}</p>\n");
        if (changed.Count > 0)
        {
            writer.Write($"<nav aria-label=\"{Encode(Messages.RedlineChangedList)}\"><ul class=\"gewijzigd\">\n");
            foreach (var section in changed)
            {
                writer.Write($"<li><a href=\"#{Anchor(section)}\">{Encode(section.Heading)}</a> — {Encode(Messages.RedlineChange(section.Change))}</li>\n");
            }

            writer.Write("</ul></nav>\n");
        }

        foreach (var section in changed)
        {
            writer.Write($"<section class=\"wijziging\" id=\"{Anchor(section)}\" data-clause=\"{Encode(section.Key)}\">\n");
            writer.Write($"<aside class=\"waarom\"><p><strong>{Encode(Messages.RedlineWhy)}</strong></p><ul>\n");
            foreach (var reason in explain(section))
            {
                writer.Write($"<li>{Encode(reason)}</li>\n");
            }

            writer.Write("</ul></aside>\n<div class=\"tekst\">\n");
            Blocks(renderer, writer, section);
            writer.Write("</div>\n</section>\n");
        }

        if (unchanged.Count > 0)
        {
            writer.Write($"<p class=\"tussenkop\">{Encode(Messages.RedlineUnchanged(unchanged.Count))}</p>\n");
            foreach (var section in unchanged)
            {
                writer.Write($"<details class=\"ongewijzigd\" data-clause=\"{Encode(section.Key)}\"><summary>{Encode(section.Heading)}</summary>\n");
                Blocks(renderer, writer, section);
                writer.Write("</details>\n");
            }
        }

        writer.Flush();
        return writer.ToString();
    }

    private static void Blocks(HtmlRenderer renderer, StringWriter writer, RedlineSection section)
    {
        foreach (var block in section.Blocks)
        {
            renderer.Render(block);
        }

        renderer.EnsureLine();
        writer.Flush();
    }

    // The clause id, which is what the agreement page links to; the opening and signatures by their name.
    private static string Anchor(RedlineSection section) => "wijziging-" + Encode(section.Key.TrimStart('#'));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
