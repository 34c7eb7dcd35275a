using System.Buffers;
using System.Security;
using System.Xml;
using DocumentFormat.OpenXml;

namespace Overeenkomst.Rendering.Docx;

/// <summary>Writes WordprocessingML elements straight to an <see cref="XmlWriter"/>: the few the body needs, in schema order.</summary>
/// <remarks>
/// Why not the SDK's <c>OpenXmlWriter</c>: it serialises every property element through the SDK's object model, which
/// made up more than half of a render's time and memory. The body uses a dozen element types with a handful of
/// attributes, all named in our code; their tags are written as raw markup, because <see cref="XmlWriter"/> spends most
/// of its time resolving the same namespace prefix for every one of the thousands of elements in an agreement.
/// Text still goes through <see cref="XmlWriter.WriteString"/>, which escapes it, and every document passes
/// <c>OpenXmlValidator</c> in the tests. Rare elements (borders, the section) are written from SDK objects with
/// <see cref="Element"/>.
/// </remarks>
internal sealed class WordXmlWriter
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings Settings = new() { Encoding = PartXml.Encoding, CloseOutput = false };
    private static readonly SearchValues<char> AttributeEscapes = SearchValues.Create("&<>\"");

    private readonly XmlWriter xml;
    private readonly Stack<string> open = new();

    // A start tag stays open until we know whether the element has content, so an empty one closes itself ("<w:b/>").
    private bool startTagOpen;

    public WordXmlWriter(Stream stream)
    {
        xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument(standalone: true);
    }

    /// <summary>Opens the root <c>w:document</c> with the namespaces every element below uses, and its body.</summary>
    public void StartDocument()
    {
        xml.WriteStartElement("w", "document", WordNamespace);
        xml.WriteAttributeString("xmlns", "w", null, WordNamespace);
        xml.WriteAttributeString("xmlns", "r", null, RelationshipNamespace);
        xml.WriteStartElement("w", "body", WordNamespace);
    }

    /// <summary>Opens <c>w:name</c>; <paramref name="name"/> is one of the element names of WordprocessingML.</summary>
    public void Start(string name)
    {
        CloseStartTag();
        xml.WriteRaw("<w:");
        xml.WriteRaw(name);
        open.Push(name);
        startTagOpen = true;
    }

    /// <summary>Closes the innermost open element (after <see cref="StartDocument"/>: the body, then the document).</summary>
    public void End()
    {
        if (open.Count == 0)
        {
            xml.WriteEndElement();
            return;
        }

        var name = open.Pop();
        if (startTagOpen)
        {
            xml.WriteRaw("/>");
            startTagOpen = false;
            return;
        }

        xml.WriteRaw("</w:");
        xml.WriteRaw(name);
        xml.WriteRaw(">");
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

    /// <summary>Writes a <c>w:attribute</c> on the element just opened.</summary>
    public void Attribute(string name, string value)
    {
        if (!startTagOpen)
        {
            throw new InvalidOperationException($"w:{name} can only follow the start of an element.");
        }

        xml.WriteRaw(" w:");
        xml.WriteRaw(name);
        xml.WriteRaw("=\"");
        xml.WriteRaw(value.AsSpan().ContainsAny(AttributeEscapes) ? SecurityElement.Escape(value) : value);
        xml.WriteRaw("\"");
    }

    /// <summary>Writes <c>w:t</c> with spaces kept as typed; the text is escaped.</summary>
    public void Text(string text)
    {
        CloseStartTag();
        xml.WriteRaw("<w:t xml:space=\"preserve\">");
        xml.WriteString(text);
        xml.WriteRaw("</w:t>");
    }

    /// <summary>Writes an element built with the SDK, for the rare ones not worth writing by hand.</summary>
    public void Element(OpenXmlElement element)
    {
        CloseStartTag();
        element.WriteTo(xml);
    }

    /// <summary>Closes every open element and flushes the part; the stream stays open.</summary>
    public void Close() => xml.Close();

    private void CloseStartTag()
    {
        if (startTagOpen)
        {
            xml.WriteRaw(">");
            startTagOpen = false;
        }
    }
}
