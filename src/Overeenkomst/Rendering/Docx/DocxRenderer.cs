using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;
using Overeenkomst.Rendering.Docx.Blocks;
using Overeenkomst.Rendering.Docx.Inlines;
using Overeenkomst.Rendering.Docx.WordML;
using Overeenkomst.Rendering.Markdown.Extensions.Revisions;

namespace Overeenkomst.Rendering.Docx;

/// <summary>
/// Renders a Markdig syntax tree as the body of a Word document, streaming it to <c>word/document.xml</c>.
/// </summary>
/// <remarks>
/// Like Markdig's HTML renderer, one small renderer per node type does the writing; this class owns the state they
/// share: the open paragraph and its pending run, the list and table context, and the paragraph style in force.
/// Elements are streamed with <see cref="WordXmlWriter"/>, which names them, instead of built as a tree, which keeps a
/// render within its time and memory budget (see the README's benchmark figures).
/// </remarks>
public sealed class DocxRenderer : RendererBase
{
    private const string NotTracked = "Tracked changes can only be written by DocxWriter.Write with TrackedChanges.";

    // Room for the longest run of an agreement (a paragraph of ~850 characters) from the start: a builder that grows
    // holds its text in pieces, and a run in pieces was copied into a string of its own to be written, which was a third of
    // what writing a .docx allocated.
    private readonly StringBuilder pendingText = new(1024);
    private readonly Stack<(int NumberId, int Level)> lists = new();
    private readonly Stack<string> paragraphStyles = new();
    private WordXmlWriter? writer;

    // The block after the document block being written (see BlockAfter).
    private Block? nextDocumentBlock;

    private RunFormat pendingFormat;
    private bool paragraphOpen;
    private bool itemNumberPending;
    private bool cellHasParagraph;
    private JustificationValues? cellJustification;
    private bool followsTable;

    // Tracked changes, only when a redline is written: the revision in force (a whole block's, or some words'), the
    // revision of the text waiting to become a run, who made the changes and when, the next w:id, and the comment
    // waiting for its paragraph.
    private readonly Stack<RevisionKind> revisions = new();
    private (string Author, string Date)? changes;
    private RevisionKind? pendingRevision;
    private int nextRevisionId;
    private int? pendingComment;
    private int? openComment;

    /// <summary>Creates a renderer with a renderer for every Markdown node the agreement templates produce.</summary>
    internal DocxRenderer(DocxNumbering numbering)
    {
        Numbering = numbering;
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new QuoteBlockRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new LiteralInlineRenderer());
        ObjectRenderers.Add(new EmphasisInlineRenderer());
        ObjectRenderers.Add(new LineBreakInlineRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new LinkInlineRenderer());
        ObjectRenderers.Add(new AutolinkInlineRenderer());
        ObjectRenderers.Add(new HtmlEntityInlineRenderer());
    }

    /// <summary>The lists of this document, for the numbering part.</summary>
    internal DocxNumbering Numbering { get; }

    /// <summary>The formatting that text written now receives.</summary>
    internal RunFormat Format { get; set; }

    /// <summary>
    /// How far body text stands from the margin here, in twips: paragraphs in the body style, lists and tables start there.
    /// 0 unless an extension hangs the text that follows a block under that block's text (the article members do).
    /// </summary>
    public int BodyIndent { get; set; }

    /// <summary>
    /// Raised before each block of the document itself — a heading, an article's member, a table between them — but not
    /// before the blocks inside those: for an extension that lays out what follows a block (after an article's member, the
    /// text hangs under the member's text). Markdig's <see cref="RendererBase.ObjectWriteBefore"/> would do as well, but is
    /// raised for every word.
    /// </summary>
    public event Action<DocxRenderer, Block>? DocumentBlockStarting;

    private WordXmlWriter Writer => writer ?? throw new InvalidOperationException("Render the document through WriteDocument.");

    /// <summary>The block that follows <paramref name="block"/> in its container, if any.</summary>
    /// <remarks>
    /// For a block of the document itself it is known from the loop that writes them: the document holds hundreds of
    /// blocks, and looking each one up in it would cost a render more than writing the paragraph does.
    /// </remarks>
    public Block? BlockAfter(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Parent is MarkdownDocument)
        {
            return nextDocumentBlock;
        }

        return block.Parent is { } parent && parent.IndexOf(block) is var index and >= 0 && index + 1 < parent.Count ? parent[index + 1] : null;
    }

    /// <inheritdoc />
    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return this;
    }

    /// <summary>Writes <paramref name="document"/> as a complete Word document body to <paramref name="stream"/>, ending with <paramref name="section"/>.</summary>
    internal void WriteDocument(MarkdownDocument document, string section, Stream stream)
    {
        writer = new WordXmlWriter(stream, bufferSize: 16 * 1024);
        try
        {
            writer.StartDocument();
            for (var index = 0; index < document.Count; index++)
            {
                var block = document[index];
                nextDocumentBlock = index + 1 < document.Count ? document[index + 1] : null;
                DocumentBlockStarting?.Invoke(this, block);
                Write(block);
            }

            nextDocumentBlock = null;

            writer.Markup(section);
            writer.EndDocument();
            writer.Close();
        }
        finally
        {
            writer = null;
        }
    }

    /// <summary>The paragraph style that ordinary paragraphs get here: body text, or what a table cell or quote asks for.</summary>
    public string ParagraphStyle => paragraphStyles.Count > 0 ? paragraphStyles.Peek() : HouseStyle.StyleIds.Normal;

    /// <summary>Makes <paramref name="styleId"/> the style of ordinary paragraphs until the returned scope is disposed.</summary>
    public StyleScope UseParagraphStyle(string styleId)
    {
        paragraphStyles.Push(styleId);
        return new StyleScope(paragraphStyles);
    }

    /// <summary>Opens a paragraph in <paramref name="styleId"/>; inside a list the first paragraph of an item gets its number.</summary>
    /// <param name="styleId">The paragraph style.</param>
    /// <param name="border">The markup of a paragraph border made with <see cref="PartXml.Fragment"/>, if the paragraph has one.</param>
    /// <param name="keepWithNext">Keep the paragraph on the page of the next one: it introduces it (<see cref="Blocks.LeadIn"/>).</param>
    public void BeginParagraph(string styleId, string? border = null, bool keepWithNext = false)
    {
        if (paragraphOpen)
        {
            EndParagraph();
        }

        Writer.StartParagraph(styleId);
        if (keepWithNext)
        {
            Writer.KeepWithNext();
        }

        var indent = 0;
        if (lists.Count > 0)
        {
            var (numberId, level) = lists.Peek();
            if (itemNumberPending)
            {
                Writer.ListNumber(level, numberId);
                itemNumberPending = false;
            }
            else
            {
                indent = HouseStyle.ListIndent(level);
            }
        }
        else if (paragraphStyles.Count == 0 && styleId == HouseStyle.StyleIds.Normal)
        {
            indent = BodyIndent;
        }

        if (border is not null)
        {
            Writer.Markup(border);
        }

        // Word puts no space below a table; the paragraph after it would otherwise touch the table's last line.
        // Headings bring their own, larger space.
        if (followsTable && paragraphStyles.Count == 0 && !HouseStyle.StyleIds.IsHeading(styleId))
        {
            Writer.SpaceBefore(HouseStyle.SpaceAfterTable);
        }

        followsTable = false;
        if (indent != 0)
        {
            Writer.LeftIndent(indent);
        }

        if (cellJustification is { } justification)
        {
            Writer.Justification(justification);
        }

        // A paragraph inserted or deleted as a whole: its mark is too, so accepting or rejecting removes the paragraph.
        if (Revision is { } revision)
        {
            Writer.ParagraphMarkRevision(Mark(revision));
        }

        Writer.EndParagraphProperties();
        if (pendingComment is { } comment)
        {
            Writer.CommentRangeStart(comment);
            openComment = comment;
            pendingComment = null;
        }

        paragraphOpen = true;
        cellHasParagraph = true;
    }

    /// <summary>Closes the open paragraph, writing any text still pending.</summary>
    public void EndParagraph()
    {
        if (!paragraphOpen)
        {
            return;
        }

        FlushRun();
        if (openComment is { } comment)
        {
            Writer.CommentRangeEnd(comment);
            var revision = StartRunOfItsOwn();
            Writer.CommentReferenceRun(comment);
            EndRunOfItsOwn(revision);
            openComment = null;
        }

        Writer.EndParagraph();
        paragraphOpen = false;
    }

    /// <summary>Writes the inlines of <paramref name="leaf"/> into the open paragraph.</summary>
    public void WriteLeafInline(LeafBlock leaf)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        if (leaf.Inline is not null)
        {
            WriteChildren(leaf.Inline);
        }
    }

    /// <summary>Writes text in the current <see cref="Format"/>; consecutive text in one format becomes one run.</summary>
    public void WriteText(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return;
        }

        if (pendingText.Length > 0 && (Format != pendingFormat || Revision != pendingRevision))
        {
            FlushRun();
        }

        pendingFormat = Format;
        pendingRevision = Revision;
        // Last line of defence: user text was cleaned on its way in, but XML must never see these.
        if (!value.ContainsAnyExceptInRange(' ', '\uFFFD'))
        {
            pendingText.Append(value);
            return;
        }

        foreach (var c in value)
        {
            if (c >= ' ' && c is not '\uFFFE' and not '\uFFFF')
            {
                pendingText.Append(c);
            }
            else if (c is '\t' or '\n' or '\r')
            {
                pendingText.Append(' ');
            }
        }
    }

    /// <summary>Writes a tab, used after a member's number.</summary>
    public void WriteTab()
    {
        var revision = StartRunOfItsOwn();
        Writer.TabRun();
        EndRunOfItsOwn(revision);
    }

    /// <summary>Writes a line break within the paragraph.</summary>
    public void WriteLineBreak()
    {
        var revision = StartRunOfItsOwn();
        Writer.LineBreakRun();
        EndRunOfItsOwn(revision);
    }

    /// <summary>Writes a page break.</summary>
    public void WritePageBreak()
    {
        var revision = StartRunOfItsOwn();
        Writer.PageBreakRun();
        EndRunOfItsOwn(revision);
    }

    /// <summary>Writes an article's or member's number (<paramref name="label"/>); in a redline, the older number deleted before it when it changed.</summary>
    public void WriteLabel(string label, MarkdownObject block)
    {
        if (Revisions.PreviousLabel(block, label) is { } previous)
        {
            PushRevision(RevisionKind.Deleted);
            WriteText(previous);
            PopRevision();
            PushRevision(RevisionKind.Inserted);
            WriteText(label);
            PopRevision();
        }
        else
        {
            WriteText(label);
        }
    }

    /// <summary>Makes what is written from now on (runs, paragraph marks, table rows) inserted or deleted, until <see cref="PopRevision"/>.</summary>
    /// <exception cref="InvalidOperationException">The document is not written with <see cref="TrackedChanges"/>.</exception>
    public void PushRevision(RevisionKind kind)
    {
        if (changes is null)
        {
            throw new InvalidOperationException(NotTracked);
        }

        FlushRun();
        revisions.Push(kind);
    }

    /// <summary>Ends the revision of the last <see cref="PushRevision"/>.</summary>
    public void PopRevision()
    {
        FlushRun();
        revisions.Pop();
    }

    /// <summary>Anchors comment <paramref name="id"/> on the next paragraph: it starts there and ends, with its reference, at the paragraph's end.</summary>
    public void AnchorComment(int id) => pendingComment = id;

    /// <summary>Writes the document's changes with <paramref name="tracked"/>' author and date; comment ids come first, revision ids after them.</summary>
    internal void Track(TrackedChanges tracked)
    {
        changes = (DocumentText.Clean(tracked.Author, keepLineBreaks: false), TrackedChanges.WordDateOf(tracked.Date));
        nextRevisionId = tracked.Comments.Count;
    }

    private RevisionKind? Revision => revisions.Count > 0 ? revisions.Peek() : null;

    /// <summary>Starts a list: its items are numbered by a fresh numbering instance one level deeper than the enclosing list (or the indented body text).</summary>
    internal void BeginList(ListKind kind, int start)
    {
        var level = Math.Min(lists.Count + (BodyIndent / HouseStyle.Hanging), 8);
        lists.Push((Numbering.AddList(kind, level, start), level));
    }

    /// <summary>Ends the innermost list.</summary>
    internal void EndList() => lists.Pop();

    /// <summary>Marks that the next paragraph opens a list item and carries its number.</summary>
    internal void BeginListItem() => itemNumberPending = true;

    /// <summary>True inside a list, where paragraphs take the list paragraph style.</summary>
    internal bool InList => lists.Count > 0;

    /// <summary>Starts a table of the given style with the given column widths (twips), where body text starts.</summary>
    public void BeginTable(string styleId, IReadOnlyList<int> columnWidths)
    {
        ArgumentNullException.ThrowIfNull(columnWidths);
        EndParagraph();
        Writer.StartTable(styleId, columnWidths, BodyIndent);
    }

    /// <summary>Ends the table.</summary>
    public void EndTable()
    {
        Writer.EndTable();
        followsTable = paragraphStyles.Count == 0;
    }

    /// <summary>Starts a row that never splits over two pages; a header row repeats at the top of every page; in a redline, a row inserted or deleted as a whole says so.</summary>
    public void BeginTableRow(bool isHeader) =>
        Writer.StartTableRow(isHeader, Revision is { } revision ? Mark(revision) : null);

    /// <summary>Ends the row.</summary>
    public void EndTableRow() => Writer.EndTableRow();

    /// <summary>Starts a cell; its paragraphs take the table text style and the column's alignment.</summary>
    public void BeginTableCell(int width, JustificationValues? justification = null)
    {
        Writer.StartTableCell(width);
        cellJustification = justification;
        paragraphStyles.Push(HouseStyle.StyleIds.TableText);
        cellHasParagraph = false;
    }

    /// <summary>Ends the cell; Word requires at least one paragraph in every cell, so an empty cell gets an empty one.</summary>
    public void EndTableCell()
    {
        if (!cellHasParagraph)
        {
            BeginParagraph(ParagraphStyle);
        }

        EndParagraph();
        paragraphStyles.Pop();
        cellJustification = null;
        Writer.EndTableCell();
    }

    /// <summary>The width available to a table here: the text width, less the indent of the body text.</summary>
    public int AvailableWidth => HouseStyle.TextWidth - BodyIndent;

    // A run that holds no text (a tab, a break, a comment's reference), inside the revision in force.
    private RevisionKind? StartRunOfItsOwn()
    {
        FlushRun();
        var revision = Revision;
        if (revision is { } kind)
        {
            Writer.StartRevision(Mark(kind));
        }

        return revision;
    }

    private void EndRunOfItsOwn(RevisionKind? revision)
    {
        if (revision is { } kind)
        {
            Writer.EndRevision(kind);
        }
    }

    private void FlushRun()
    {
        if (pendingText.Length == 0)
        {
            return;
        }

        if (pendingRevision is { } kind)
        {
            Writer.StartRevision(Mark(kind));
        }

        Writer.StartRun(pendingFormat);
        Writer.Text(pendingText, deleted: pendingRevision == RevisionKind.Deleted);
        Writer.EndRun();
        if (pendingRevision is { } written)
        {
            Writer.EndRevision(written);
        }

        pendingText.Clear();
    }

    // The next change, by the newer version's author at its date; ids count on from the comments'.
    private RevisionMark Mark(RevisionKind kind)
    {
        var (author, date) = changes ?? throw new InvalidOperationException(NotTracked);
        return new RevisionMark(kind, nextRevisionId++, author, date);
    }

    /// <summary>Restores the previous paragraph style when disposed.</summary>
    public readonly struct StyleScope(Stack<string> styles) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => styles.Pop();
    }
}
