using System.Xml;
using DocumentFormat.OpenXml;

namespace Overeenkomst.Rendering.Docx;

/// <summary>Writes WordprocessingML elements straight to an <see cref="XmlWriter"/>: the few the body needs, in schema order.</summary>
/// <remarks>
/// Why not the SDK's <c>OpenXmlWriter</c>: it serialises every property element through the SDK's object model, which
/// made up more than half of a render's time and memory. The body uses a dozen element types with a handful of
/// attributes; writing them directly costs a fraction, and every document still passes <c>OpenXmlValidator</c> in the
/// tests. Rare elements (borders, the section) are still written from SDK objects with <see cref="Element"/>.
/// </remarks>
internal sealed class WordXmlWriter
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings Settings = new() { Encoding = PartXml.Encoding, CloseOutput = false };

    private readonly XmlWriter xml;

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

    /// <summary>Opens <c>w:name</c>.</summary>
    public void Start(string name) => xml.WriteStartElement("w", name, WordNamespace);

    /// <summary>Closes the innermost open element.</summary>
    public void End() => xml.WriteEndElement();

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

    /// <summary>Writes a <c>w:attribute</c> on the open element.</summary>
    public void Attribute(string name, string value) => xml.WriteAttributeString("w", name, WordNamespace, value);

    /// <summary>Writes <c>w:t</c> with spaces kept as typed.</summary>
    public void Text(string text)
    {
        Start("t");
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(text);
        End();
    }

    /// <summary>Writes an element built with the SDK, for the rare ones not worth writing by hand.</summary>
    public void Element(OpenXmlElement element) => element.WriteTo(xml);

    /// <summary>Closes every open element and flushes the part; the stream stays open.</summary>
    public void Close() => xml.Close();
}
