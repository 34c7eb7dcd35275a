using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.ExtendedProperties;
using Overeenkomst.Rendering.Docx.WordML;

namespace Overeenkomst.Rendering.Docx;

/// <summary>The file properties Word shows under File › Info: title, author, dates, status.</summary>
internal static class PackageProperties
{
    private const string CoreNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private const string DublinCoreTerms = "http://purl.org/dc/terms/";
    private const string SchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>The extended properties part: which program made the file.</summary>
    public static readonly byte[] App = PartXml.Serialize(new Properties(new Application("Overeenkomst"), new DocumentSecurity("0")));

    /// <summary>The core properties part (Dublin Core), taken from <paramref name="info"/> only, so a render is repeatable.</summary>
    public static void WriteCore(DocumentInfo info, Stream stream)
    {
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = PartXml.Encoding, CloseOutput = false });
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("cp", "coreProperties", CoreNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DublinCore);
        writer.WriteAttributeString("xmlns", "dcterms", null, DublinCoreTerms);
        writer.WriteAttributeString("xmlns", "xsi", null, SchemaInstance);
        writer.WriteElementString("dc", "title", DublinCore, DocumentText.Clean(info.Title, keepLineBreaks: false));
        writer.WriteElementString("dc", "subject", DublinCore, DocumentInfo.Subject);
        writer.WriteElementString("dc", "creator", DublinCore, DocumentText.Clean(info.Creator, keepLineBreaks: false));
        writer.WriteElementString("dc", "description", DublinCore, DocumentText.Clean(info.Description, keepLineBreaks: false));
        writer.WriteElementString("cp", "lastModifiedBy", CoreNamespace, DocumentText.Clean(info.Creator, keepLineBreaks: false));
        writer.WriteElementString("cp", "revision", CoreNamespace, info.Revision.ToString(CultureInfo.InvariantCulture));
        if (info.Created is { } created)
        {
            WriteDate(writer, "created", created);
            WriteDate(writer, "modified", created);
        }

        writer.WriteElementString("dc", "language", DublinCore, HouseStyle.Language);
        writer.WriteElementString("cp", "contentStatus", CoreNamespace, info.Status);
        writer.WriteEndElement();
    }

    private static void WriteDate(XmlWriter writer, string name, DateTimeOffset value)
    {
        writer.WriteStartElement("dcterms", name, DublinCoreTerms);
        writer.WriteAttributeString("xsi", "type", SchemaInstance, "dcterms:W3CDTF");
        writer.WriteString(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        writer.WriteEndElement();
    }
}
