using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace Overeenkomst.Rendering.Docx.WordML;

/// <summary>Serialises elements built with the SDK: a whole part (UTF-8 without BOM, standalone) or a fragment of the body.</summary>
internal static class PartXml
{
    /// <summary>UTF-8 without a byte-order mark.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static readonly XmlWriterSettings Settings = new() { Encoding = Encoding, CloseOutput = false };
    private static readonly XmlWriterSettings FragmentSettings = new() { ConformanceLevel = ConformanceLevel.Fragment, OmitXmlDeclaration = true };

    /// <summary>The bytes of <paramref name="root"/> as a whole part.</summary>
    public static byte[] Serialize(OpenXmlElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            writer.WriteStartDocument(standalone: true);
            root.WriteTo(writer);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The markup of <paramref name="element"/> inside a part that declares the <c>w:</c> and <c>r:</c> prefixes, so it
    /// carries no declarations of its own; for the few constant elements <see cref="WordXmlWriter"/> does not write by hand.
    /// </summary>
    public static string Fragment(OpenXmlElement element)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, FragmentSettings))
        {
            xml.WriteStartElement("w", "fragment", WordXmlWriter.WordNamespace);
            xml.WriteAttributeString("xmlns", "r", null, WordXmlWriter.RelationshipNamespace);
            element.WriteTo(xml);
            xml.WriteEndElement();
        }

        var markup = text.ToString();
        var start = markup.IndexOf('>', StringComparison.Ordinal) + 1;
        return markup[start..markup.LastIndexOf("</w:fragment>", StringComparison.Ordinal)];
    }
}
