using System.Buffers;
using System.Text;

namespace Overeenkomst.Rendering.Docx;

/// <summary>Writes a WordprocessingML part (the body, the numbering, the header) as UTF-8 straight to its stream, in schema order.</summary>
/// <remarks>
/// Why not the SDK's <c>OpenXmlWriter</c>: it serialises every property element through the SDK's object model, which
/// made up more than half of a render's time and memory. Why not <see cref="System.Xml.XmlWriter"/> either: it checks and encodes
/// character by character and resolves the <c>w:</c> prefix for each of the thousands of elements of an agreement,
/// which made it the largest part of writing the Word file. Tags are copied as ready-made UTF-8 bytes: even an encoder
/// call per tag name cost a third of writing the body. The body uses a dozen element types with a handful of
/// attributes, all named in our code, so tags are written as they are; text and attribute values are escaped here
/// (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c>), and characters XML cannot hold never get here
/// (<see cref="DocumentText.Clean"/> and <see cref="DocxRenderer.WriteText"/> remove them). Every document passes
/// <c>OpenXmlValidator</c> in the tests. The few constant elements built with the SDK (a border, the section) are
/// serialised once and written with <see cref="Markup(string)"/>.
/// </remarks>
internal sealed class WordXmlWriter
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string Declaration = """<?xml version="1.0" encoding="utf-8" standalone="yes"?>""";

    private static readonly SearchValues<char> TextEscapes = SearchValues.Create("&<>");
    private static readonly SearchValues<char> AttributeEscapes = SearchValues.Create("&<>\"");

    private readonly Stream stream;
    private readonly Stack<string> open = new();
    private readonly byte[] buffer;
    private int used;

    // A start tag stays open until we know whether the element has content, so an empty one closes itself ("<w:b/>").
    private bool startTagOpen;

    /// <param name="stream">The part's stream.</param>
    /// <param name="bufferSize">Bytes gathered before each write to the stream: more for the body than for a header.</param>
    public WordXmlWriter(Stream stream, int bufferSize)
    {
        this.stream = stream;
        buffer = new byte[bufferSize];
        Raw(Declaration);
    }

    /// <summary>Opens the part's root element (<c>w:document</c>, <c>w:numbering</c>, <c>w:hdr</c>) with the namespaces every element below uses.</summary>
    public void StartPart(string root)
    {
        Markup("<w:"u8);
        Name(root);
        Raw($""" xmlns:w="{WordNamespace}" xmlns:r="{RelationshipNamespace}">""");
        open.Push(root);
    }

    /// <summary>Opens <c>w:name</c>; <paramref name="name"/> is one of the element names of WordprocessingML.</summary>
    public void Start(string name)
    {
        CloseStartTag();
        Markup("<w:"u8);
        Name(name);
        open.Push(name);
        startTagOpen = true;
    }

    /// <summary>Closes the innermost open element.</summary>
    public void End()
    {
        var name = open.Pop();
        if (startTagOpen)
        {
            Markup("/>"u8);
            startTagOpen = false;
            return;
        }

        Markup("</w:"u8);
        Name(name);
        Markup(">"u8);
    }

    /// <summary>Writes an empty <c>w:name</c>.</summary>
    public void Empty(string name)
    {
        Start(name);
        End();
    }

    /// <summary>Writes an empty <c>w:name</c> with one attribute.</summary>
    public void Empty(string name, string attribute, string value)
    {
        Start(name);
        Attribute(attribute, value);
        End();
    }

    /// <summary>Writes an empty <c>w:name</c> with two attributes.</summary>
    public void Empty(string name, string attribute, string value, string attribute2, string value2)
    {
        Start(name);
        Attribute(attribute, value);
        Attribute(attribute2, value2);
        End();
    }

    /// <summary>Writes a <c>w:attribute</c> on the element just opened; the value is escaped.</summary>
    public void Attribute(string name, string value)
    {
        if (!startTagOpen)
        {
            throw new InvalidOperationException($"w:{name} can only follow the start of an element.");
        }

        Markup(" w:"u8);
        Name(name);
        Markup("=\""u8);
        Escaped(value, AttributeEscapes);
        Markup("\""u8);
    }

    /// <summary>Writes <c>w:t</c> with spaces kept as typed; the text is escaped.</summary>
    public void Text(string text)
    {
        CloseStartTag();
        Markup("""<w:t xml:space="preserve">"""u8);
        Escaped(text, TextEscapes);
        Markup("</w:t>"u8);
    }

    /// <summary>Writes <c>w:t</c> (or, for a deletion, <c>w:delText</c>) with the text gathered in <paramref name="text"/>, without copying it into a string first.</summary>
    public void Text(StringBuilder text, bool deleted = false)
    {
        CloseStartTag();
        Markup(deleted ? """<w:delText xml:space="preserve">"""u8 : """<w:t xml:space="preserve">"""u8);
        var chunks = text.GetChunks();
        if (chunks.MoveNext() && chunks.Current is var first && !chunks.MoveNext())
        {
            Escaped(first.Span, TextEscapes);
        }
        else
        {
            // Rare (a builder in pieces), and a piece may end between the two halves of a surrogate pair: copy it whole.
            Escaped(text.ToString(), TextEscapes);
        }

        Markup(deleted ? "</w:delText>"u8 : "</w:t>"u8);
    }

    /// <summary>Writes markup made once with <see cref="PartXml.Fragment"/>, for the constant elements not written by hand.</summary>
    public void Markup(string fragment)
    {
        CloseStartTag();
        Raw(fragment);
    }

    /// <summary>Writes what is still buffered to the stream, which stays open; every element must have been closed.</summary>
    public void Close()
    {
        if (open.Count > 0)
        {
            throw new InvalidOperationException($"w:{open.Peek()} is still open.");
        }

        Flush();
    }

    private void CloseStartTag()
    {
        if (startTagOpen)
        {
            Markup(">"u8);
            startTagOpen = false;
        }
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
            Raw(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => "&quot;",
            });
            text = text[(next + 1)..];
        }
    }

    // Our own markup, already UTF-8.
    private void Markup(ReadOnlySpan<byte> markup)
    {
        if (buffer.Length - used < markup.Length)
        {
            Flush();
        }

        markup.CopyTo(buffer.AsSpan(used));
        used += markup.Length;
    }

    // An element or attribute name: a few ASCII letters, copied without the encoder's per-call cost.
    private void Name(string name)
    {
        if (buffer.Length - used < name.Length)
        {
            Flush();
        }

        var target = buffer.AsSpan(used, name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            target[i] = (byte)name[i];
        }

        used += name.Length;
    }

    private void Raw(ReadOnlySpan<char> text)
    {
        // Most pieces are short and plain ASCII (a style id, a number, a sentence without accents): copied directly.
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
