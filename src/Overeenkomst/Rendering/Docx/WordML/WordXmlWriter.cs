using System.Buffers;
using System.Globalization;
using System.Text;

namespace Overeenkomst.Rendering.Docx.WordML;

/// <summary>
/// Writes a WordprocessingML part (the body, the numbering, the header, the comments) as UTF-8 straight to its stream:
/// the one place where the names of Word's elements and attributes are spelled.
/// </summary>
/// <remarks>
/// <para>
/// Like Markdig's <c>HtmlRenderer</c>, which writes <c>&lt;p&gt;</c> through small typed methods, the renderers say what
/// they write in Word's words — <see cref="StartParagraph"/>, <see cref="StartRun"/>, <see cref="StartTableCell"/>,
/// <see cref="StartRevision"/> — and this class, split by concept over the files of this folder, knows how each is
/// spelled (the names follow the Open XML SDK's: <c>w:p</c> is a paragraph, <c>w:tc</c> a table cell, <c>w:ins</c> an
/// insertion). A test fails when a <c>w:</c> name appears anywhere else.
/// </para>
/// <para>
/// Why by hand: the SDK's <c>OpenXmlWriter</c> serialises every property element through the SDK's object model, which
/// made up more than half of a render's time and memory, and <see cref="System.Xml.XmlWriter"/> checks and encodes
/// character by character and resolves the <c>w:</c> prefix for each of the thousands of elements of an agreement.
/// Tags are copied as ready-made UTF-8 bytes and numbers formatted straight into the buffer; text and attribute values
/// are escaped here (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c>), and characters XML cannot hold never get here
/// (<see cref="DocumentText.Clean"/> and <see cref="DocxRenderer.WriteText"/> remove them). Every document passes
/// <c>OpenXmlValidator</c> in the tests. The few constant elements built with the SDK (a border, the section) are
/// serialised once with <see cref="PartXml.Fragment"/> and written with <see cref="Markup(string)"/>.
/// </para>
/// </remarks>
internal sealed partial class WordXmlWriter
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string Declaration = """<?xml version="1.0" encoding="utf-8" standalone="yes"?>""";

    private static readonly SearchValues<char> TextEscapes = SearchValues.Create("&<>");
    private static readonly SearchValues<char> AttributeEscapes = SearchValues.Create("&<>\"");

    private readonly Stream stream;
    private byte[] buffer;
    private int used;

    /// <param name="stream">The part's stream.</param>
    /// <param name="bufferSize">Bytes gathered before each write to the stream: more for the body than for a header.</param>
    public WordXmlWriter(Stream stream, int bufferSize)
    {
        this.stream = stream;
        // Borrowed for the part and given back by Close: a new buffer for every part was a tenth of what a .docx allocated.
        buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
        Raw(Declaration);
    }

    /// <summary>Opens <c>w:document</c> and its <c>w:body</c>.</summary>
    public void StartDocument()
    {
        StartPart("<w:document"u8);
        Tag("<w:body>"u8);
    }

    /// <summary>Closes the body and the document.</summary>
    public void EndDocument() => Tag("</w:body></w:document>"u8);

    /// <summary>Opens <c>w:hdr</c>, a page header.</summary>
    public void StartHeader() => StartPart("<w:hdr"u8);

    /// <summary>Closes the page header.</summary>
    public void EndHeader() => Tag("</w:hdr>"u8);

    /// <summary>Writes markup made once with <see cref="PartXml.Fragment"/>, for the constant elements not written by hand.</summary>
    public void Markup(string fragment) => Raw(fragment);

    /// <summary>Writes what is still buffered to the stream, which stays open; nothing can be written after.</summary>
    public void Close()
    {
        Flush();
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    // A part's root element, with the namespaces every element below it uses.
    private void StartPart(ReadOnlySpan<byte> root)
    {
        Tag(root);
        Raw($""" xmlns:w="{WordNamespace}" xmlns:r="{RelationshipNamespace}">""");
    }

    // An empty element with one attribute, such as <w:pStyle w:val="Normal"/>: the start up to the value's quote, the value.
    private void Empty(ReadOnlySpan<byte> startUpToValue, string value)
    {
        Tag(startUpToValue);
        Value(value);
        Tag("\"/>"u8);
    }

    private void Empty(ReadOnlySpan<byte> startUpToValue, int value)
    {
        Tag(startUpToValue);
        Number(value);
        Tag("\"/>"u8);
    }

    // An attribute value, escaped.
    private void Value(string value) => Escaped(value, AttributeEscapes);

    // Text content, escaped.
    private void Content(ReadOnlySpan<char> text) => Escaped(text, TextEscapes);

    // A whole number in the invariant culture, formatted straight into the buffer: no string per width, id or level.
    private void Number(int value)
    {
        if (buffer.Length - used < 11)
        {
            Flush();
        }

        value.TryFormat(buffer.AsSpan(used), out var written, provider: CultureInfo.InvariantCulture);
        used += written;
    }

    private void Escaped(ReadOnlySpan<char> text, SearchValues<char> escapes)
    {
        while (!text.IsEmpty)
        {
            var next = text.IndexOfAny(escapes);
            if (next < 0)
            {
                Raw(text);
                return;
            }

            Raw(text[..next]);
            Tag(text[next] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                _ => "&quot;"u8,
            });
            text = text[(next + 1)..];
        }
    }

    // Our own markup, already UTF-8.
    private void Tag(ReadOnlySpan<byte> markup)
    {
        if (buffer.Length - used < markup.Length)
        {
            Flush();
        }

        markup.CopyTo(buffer.AsSpan(used));
        used += markup.Length;
    }

    private void Raw(ReadOnlySpan<char> text)
    {
        // Most pieces are short and plain ASCII (a style id, a sentence without accents): copied directly.
        if (text.Length <= buffer.Length - used && Ascii.FromUtf16(text, buffer.AsSpan(used), out var copied) == OperationStatus.Done)
        {
            used += copied;
            return;
        }

        while (!text.IsEmpty)
        {
            // UTF-8 needs at most three bytes per UTF-16 char; a piece never ends between the two halves of a surrogate pair.
            var room = (buffer.Length - used) / 3;
            if (room < 2)
            {
                Flush();
                continue;
            }

            var piece = text.Length <= room ? text : text[..(char.IsHighSurrogate(text[room - 1]) ? room - 1 : room)];
            used += Encoding.UTF8.GetBytes(piece, buffer.AsSpan(used));
            text = text[piece.Length..];
        }
    }

    private void Flush()
    {
        stream.Write(buffer, 0, used);
        used = 0;
    }
}
