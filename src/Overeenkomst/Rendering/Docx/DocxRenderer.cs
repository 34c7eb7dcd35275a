using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;
using Overeenkomst.Rendering.Docx.Blocks;
using Overeenkomst.Rendering.Docx.Inlines;
using Overeenkomst.Rendering.Markdown.Extensions.Revisions;

namespace Overeenkomst.Rendering.Docx;

/// <summary>
/// Renders a Markdig syntax tree as the body of a Word document, streaming it to <c>word/document.xml</c>.
/// </summary>
/// <remarks>
/// Like Markdig's HTML renderer, one small renderer per node type does the writing; this class owns the state they
/// share: the open paragraph and its pending run, the list and table context, and the paragraph style in force.
/// Elements are streamed with <see cref="WordXmlWriter"/> instead of built as a tree, which keeps a render within its
/// time and memory budget (see the README's benchmark figures).
/// </remarks>
public sealed class DocxRenderer : RendererBase
{
    private readonly StringBuilder pendingText = new();
    private readonly Stack<(int NumberId, int Level)> lists = new();
    private readonly Stack<string> paragraphStyles = new();
    private WordXmlWriter? writer;
    private RunFormat pendingFormat;
    private bool paragraphOpen;
    private bool itemNumberPending;
    private bool cellHasParagraph;
    private string? cellJustification;
    private bool inArticleBody;
    private bool followsTable;

    // Tracked changes, only when a redline is written: the revision in force (a whole block's, or some words'), the
    // revision of the text waiting to become a run, the next w:id, and the comment waiting for its paragraph.
    private readonly Stack<RevisionKind> revisions = new();
    private TrackedChanges? tracked;
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

    private WordXmlWriter Writer => writer ?? throw new InvalidOperationException("Render the document through WriteDocument.");

    /// <inheritdoc />
    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return this;
    }

    /// <summary>Writes <paramref name="document"/> as a complete <c>w:document</c> to <paramref name="stream"/>.</summary>
    internal void WriteDocument(MarkdownDocument document, string section, Stream stream)
    {
        writer = new WordXmlWriter(stream, bufferSize: 16 * 1024);
        try
        {
            writer.StartPart("document");
            writer.Start("body");
            Render(document);
            writer.Markup(section);
            writer.End();
            writer.End();
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
    /// <param name="border">The markup of a <c>w:pBdr</c> made with <see cref="PartXml.Fragment"/>, if the paragraph has a border.</param>
    public void BeginParagraph(string styleId, string? border = null)
    {
        if (paragraphOpen)
        {
            EndParagraph();
        }

        Writer.Start("p");
        Writer.Start("pPr");
        Writer.Empty("pStyle", "val", styleId);
        string? indent = null;
        if (lists.Count > 0)
        {
            var (numberId, level) = lists.Peek();
            if (itemNumberPending)
            {
                Writer.Start("numPr");
                Writer.Empty("ilvl", "val", Twips(level));
                Writer.Empty("numId", "val", Twips(numberId));
                Writer.End();
                itemNumberPending = false;
            }
            else
            {
                indent = Twips(HouseStyle.ListIndent(level));
            }
        }
        else if (inArticleBody && paragraphStyles.Count == 0 && styleId == HouseStyle.StyleIds.Normal)
        {
            indent = Twips(HouseStyle.Hanging);
        }

        if (border is not null)
        {
            Writer.Markup(border);
        }

        // Word puts no space below a table; the paragraph after it would otherwise touch the table's last line.
        // Headings bring their own, larger space.
        if (followsTable && paragraphStyles.Count == 0 && !HouseStyle.StyleIds.IsHeading(styleId))
        {
            Writer.Empty("spacing", "before", HouseStyle.SpaceAfterTable);
        }

        followsTable = false;
        if (indent is not null)
        {
            Writer.Empty("ind", "left", indent);
        }

        if (cellJustification is not null)
        {
            Writer.Empty("jc", "val", cellJustification);
        }

        // A paragraph inserted or deleted as a whole: its mark is too, so accepting or rejecting removes the paragraph.
        if (Revision is { } revision)
        {
            Writer.Start("rPr");
            WriteRevisionMark(revision);
            Writer.End();
        }

        Writer.End();
        if (pendingComment is { } comment)
        {
            Writer.Empty("commentRangeStart", "id", comment.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
            Writer.Empty("commentRangeEnd", "id", comment.ToString(System.Globalization.CultureInfo.InvariantCulture));
            WriteRunElement("commentReference", "id", comment.ToString(System.Globalization.CultureInfo.InvariantCulture));
            openComment = null;
        }

        Writer.End();
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
    public void WriteTab() => WriteRunElement("tab", null, null);

    /// <summary>Writes a line break within the paragraph.</summary>
    public void WriteLineBreak() => WriteRunElement("br", null, null);

    /// <summary>Writes a page break.</summary>
    public void WritePageBreak() => WriteRunElement("br", "type", "page");

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
        if (tracked is null)
        {
            throw new InvalidOperationException("Tracked changes can only be written by DocxWriter.Write with TrackedChanges.");
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

    /// <summary>Writes the document's changes with <paramref name="changes"/>' author and date; comment ids come first, revision ids after them.</summary>
    internal void Track(TrackedChanges changes)
    {
        tracked = changes;
        nextRevisionId = changes.Comments.Count;
    }

    private RevisionKind? Revision => revisions.Count > 0 ? revisions.Peek() : null;

    /// <summary>
    /// Marks the start (true) or end (false) of an article's body: once an article has a numbered member, what follows
    /// it up to the next heading is aligned with the members' text rather than with the margin.
    /// </summary>
    public void SetArticleBody(bool value) => inArticleBody = value;

    /// <summary>Starts a list: its items are numbered by a fresh numbering instance one level deeper than the enclosing list.</summary>
    internal void BeginList(ListKind kind, int start)
    {
        var level = Math.Min(lists.Count + (inArticleBody ? 1 : 0), 8);
        lists.Push((Numbering.AddList(kind, level, start), level));
    }

    /// <summary>Ends the innermost list.</summary>
    internal void EndList() => lists.Pop();

    /// <summary>Marks that the next paragraph opens a list item and carries its number.</summary>
    internal void BeginListItem() => itemNumberPending = true;

    /// <summary>True inside a list, where paragraphs take the list paragraph style.</summary>
    internal bool InList => lists.Count > 0;

    /// <summary>Starts a table of the given style with the given column widths (twips).</summary>
    public void BeginTable(string styleId, IReadOnlyList<int> columnWidths)
    {
        ArgumentNullException.ThrowIfNull(columnWidths);
        EndParagraph();
        Writer.Start("tbl");
        Writer.Start("tblPr");
        Writer.Empty("tblStyle", "val", styleId);
        Writer.Empty("tblW", "w", Twips(columnWidths.Sum()), "type", "dxa");
        if (inArticleBody)
        {
            Writer.Empty("tblInd", "w", Twips(HouseStyle.Hanging), "type", "dxa");
        }

        Writer.Empty("tblLayout", "type", "fixed");
        Writer.Start("tblLook");
        Writer.Attribute("val", "04A0");
        Writer.Attribute("firstRow", "true");
        Writer.Attribute("lastRow", "false");
        Writer.Attribute("firstColumn", "false");
        Writer.Attribute("lastColumn", "false");
        Writer.Attribute("noHBand", "true");
        Writer.Attribute("noVBand", "true");
        Writer.End();
        Writer.End();
        Writer.Start("tblGrid");
        foreach (var width in columnWidths)
        {
            Writer.Empty("gridCol", "w", Twips(width));
        }

        Writer.End();
    }

    /// <summary>Ends the table.</summary>
    public void EndTable()
    {
        Writer.End();
        followsTable = paragraphStyles.Count == 0;
    }

    /// <summary>Starts a row that never splits over two pages; a header row repeats at the top of every page; in a redline, a row inserted or deleted as a whole says so.</summary>
    public void BeginTableRow(bool isHeader)
    {
        Writer.Start("tr");
        Writer.Start("trPr");
        Writer.Empty("cantSplit");
        if (isHeader)
        {
            Writer.Empty("tblHeader");
        }

        if (Revision is { } revision)
        {
            WriteRevisionMark(revision);
        }

        Writer.End();
    }

    /// <summary>Ends the row.</summary>
    public void EndTableRow() => Writer.End();

    /// <summary>Starts a cell; its paragraphs take the table text style and the column's alignment.</summary>
    public void BeginTableCell(int width, JustificationValues? justification = null)
    {
        Writer.Start("tc");
        Writer.Start("tcPr");
        Writer.Empty("tcW", "w", Twips(width), "type", "dxa");
        Writer.End();
        cellJustification = justification is { } value ? ((IEnumValue)value).Value : null;
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
        Writer.End();
    }

    private void WriteRunElement(string name, string? attribute, string? value)
    {
        FlushRun();
        OpenRevision(Revision);
        Writer.Start("r");
        if (attribute is null)
        {
            Writer.Empty(name);
        }
        else
        {
            Writer.Empty(name, attribute, value!);
        }

        Writer.End();
        CloseRevision(Revision);
    }

    // An empty w:ins or w:del: the mark of a paragraph or a table row.
    private void WriteRevisionMark(RevisionKind kind)
    {
        OpenRevision(kind);
        Writer.End();
    }

    private void OpenRevision(RevisionKind? kind)
    {
        if (kind is { } revision)
        {
            tracked!.OpenRevision(Writer, revision, nextRevisionId++);
        }
    }

    private void CloseRevision(RevisionKind? kind)
    {
        if (kind is not null)
        {
            Writer.End();
        }
    }

    private void FlushRun()
    {
        if (pendingText.Length == 0)
        {
            return;
        }

        OpenRevision(pendingRevision);
        Writer.Start("r");
        if (pendingFormat != RunFormat.None)
        {
            Writer.Start("rPr");
            if (pendingFormat.HasFlag(RunFormat.Code))
            {
                Writer.Empty("rFonts", "ascii", HouseStyle.MonospaceFont, "hAnsi", HouseStyle.MonospaceFont);
            }

            if (pendingFormat.HasFlag(RunFormat.Bold))
            {
                Writer.Empty("b");
            }

            if (pendingFormat.HasFlag(RunFormat.Italic))
            {
                Writer.Empty("i");
            }

            Writer.End();
        }

        Writer.Text(pendingText, deleted: pendingRevision == RevisionKind.Deleted);
        Writer.End();
        CloseRevision(pendingRevision);
        pendingText.Clear();
    }

    /// <summary>The width available to a table here: the text width, less the indent of an article's body.</summary>
    public int AvailableWidth => HouseStyle.TextWidth - (inArticleBody ? HouseStyle.Hanging : 0);

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Restores the previous paragraph style when disposed.</summary>
    public readonly struct StyleScope(Stack<string> styles) : IDisposable
    {
        /// <inheritdoc />
        public void Dispose() => styles.Pop();
    }
}

/// <summary>The direct formatting a run can carry.</summary>
[Flags]
internal enum RunFormat
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
}
