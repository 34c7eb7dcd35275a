using Markdig.Renderers;
using Markdig.Syntax;
using Overeenkomst.Rendering.Markdown;

namespace Overeenkomst.Rendering.Html;

/// <summary>The agreement as an HTML fragment for reviewers reading it in the browser; raw HTML in the Markdown is never passed on.</summary>
public static class AgreementPreview
{
    /// <summary>Renders agreement Markdown as HTML (the body only; the page around it is the web app's).</summary>
    public static string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return ToHtml(AgreementMarkdown.Parse(markdown));
    }

    /// <summary>Renders a parsed agreement as HTML.</summary>
    public static string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        AgreementMarkdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
