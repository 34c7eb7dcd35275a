using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Overeenkomst.Rendering.Markdown.Extensions.PageBreaks;

/// <summary>Writes a page break as an empty element that the preview's print style breaks the page on.</summary>
public sealed class HtmlPageBreakRenderer : HtmlObjectRenderer<PageBreakBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, PageBreakBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        renderer.WriteLine("<hr class=\"pagina-einde\" aria-hidden=\"true\">");
    }
}
