using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Overeenkomst.Rendering.Markdown.Extensions.Signatures;

/// <summary>Writes the signature block as a grid of parties, each a section headed by the party's name.</summary>
public sealed class HtmlSignatureBlockRenderer : HtmlObjectRenderer<SignatureBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, SignatureBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"ondertekening\">");
        foreach (var block in obj.Introduction)
        {
            renderer.Write(block);
        }

        foreach (var party in obj.Parties())
        {
            renderer.WriteLine("<section class=\"partij\">");
            renderer.Write("<p class=\"partijnaam\">").WriteLeafInline(party.Name).WriteLine("</p>");

            foreach (var line in party.Lines)
            {
                renderer.Write(line);
            }

            renderer.WriteLine("</section>");
        }

        renderer.WriteLine("</div>");
    }
}
