using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax.Inlines;

namespace Overeenkomst.Rendering.Markdown.Extensions.TableLines;

/// <summary>Markdig's pipe table parser, which returns at once from a paragraph in which it found no pipe.</summary>
/// <remarks>
/// Markdig's <see cref="PipeTableParser.PostProcess"/> allocates the closure of its rare last step (a table after a
/// paragraph's text) on entry, so every paragraph of an agreement paid for one. Without a table begun in the paragraph
/// (no state of this parser) it does nothing and returns true; so does this, before that allocation. Every other call
/// is Markdig's.
/// </remarks>
internal sealed class LeanPipeTableParser(LineBreakInlineParser lineBreakParser, PipeTableOptions options)
    : PipeTableParser(lineBreakParser, options), IPostInlineProcessor
{
    /// <inheritdoc />
    bool IPostInlineProcessor.PostProcess(
        InlineProcessor state, Inline? root, Inline? lastChild, int postInlineProcessorIndex, bool isFinalProcessing) =>
        state.ParserStates[Index] is null || PostProcess(state, root, lastChild, postInlineProcessorIndex, isFinalProcessing);
}
