using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace Overeenkomst.Rendering.Docx;

/// <summary>Serialises a part's root element the way every part of our packages is written: UTF-8 without BOM, standalone.</summary>
internal static class PartXml
{
    /// <summary>UTF-8 without a byte-order mark.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static readonly XmlWriterSettings Settings = new() { Encoding = Encoding, CloseOutput = false };

    /// <summary>Writes <paramref name="root"/> as a whole part to <paramref name="stream"/>.</summary>
    public static void Write(OpenXmlElement root, Stream stream)
    {
        using var writer = XmlWriter.Create(stream, Settings);
        writer.WriteStartDocument(standalone: true);
        root.WriteTo(writer);
    }

    /// <summary>The bytes of <paramref name="root"/> as a whole part.</summary>
    public static byte[] Serialize(OpenXmlElement root)
    {
        using var stream = new MemoryStream();
        Write(root, stream);
        return stream.ToArray();
    }
}
