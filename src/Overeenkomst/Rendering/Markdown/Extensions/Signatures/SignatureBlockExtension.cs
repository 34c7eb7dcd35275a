using Markdig;
using Markdig.Renderers;
using Overeenkomst.Rendering.Docx;

namespace Overeenkomst.Rendering.Markdown.Extensions.Signatures;

/// <summary>The signature block: <c>::: ondertekening</c>, laid out side by side, two parties to a row.</summary>
public sealed class SignatureBlockExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<SignatureBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new SignatureBlockParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        switch (renderer)
        {
            case HtmlRenderer html:
                html.ObjectRenderers.AddIfNotAlready(new HtmlSignatureBlockRenderer());
                break;
            case DocxRenderer docx:
                docx.ObjectRenderers.AddIfNotAlready(new DocxSignatureBlockRenderer());
                break;
        }
    }
}
