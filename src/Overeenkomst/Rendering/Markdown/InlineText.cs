using System.Text;
using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Markdown;

/// <summary>The text of inline Markdown as a reader sees it: literal text, emphasis without its markers, a hard line break as a new line.</summary>
public static class InlineText
{
    /// <summary>The text of <paramref name="inline"/>, or "" for none.</summary>
    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(text, inline);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case LineBreakInline lineBreak:
                text.Append(lineBreak.IsHard ? '\n' : ' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case AutolinkInline link:
                text.Append(link.Url);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(text, child);
                }

                break;
        }
    }
}
