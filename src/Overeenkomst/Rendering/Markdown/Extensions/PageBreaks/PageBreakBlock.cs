using Markdig.Parsers;
using Markdig.Syntax;

namespace Overeenkomst.Rendering.Markdown.Extensions.PageBreaks;

/// <summary>A forced page break, written in Markdown as a line holding only <c>\newpage</c> (as in Pandoc).</summary>
public sealed class PageBreakBlock(BlockParser parser) : LeafBlock(parser);
