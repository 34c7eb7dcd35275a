using System.IO.Compression;
using DocumentFormat.OpenXml;
using Overeenkomst.Rendering.Docx.WordML;

namespace Overeenkomst.Rendering.Docx;

/// <summary>Writes the zip container of a .docx so that the same parts always give the same bytes.</summary>
/// <remarks>
/// Why not System.IO.Packaging, which the SDK uses: it stamps every zip entry with the current time and offers no way to
/// fix it, so two renders of one agreement would never hash the same. Our package has a fixed set of parts, so the
/// content types and relationships are constants below; everything inside the parts is written with the SDK.
/// </remarks>
internal sealed class DocxPackage : IDisposable
{
    // The earliest time a zip entry can hold; the conventional fixed stamp of reproducible builds.
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Parts smaller than this are stored as they are: compressing one saves a few hundred bytes but sets up and tears
    // down a compressor (hundreds of kilobytes of zlib state) each time, which cost more than the large parts' compression.
    private const int StoreBelowBytes = 2048;

    private readonly ZipArchive archive;

    public DocxPackage(Stream output) => archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>Opens a new part for writing, compressed unless it is known to be small; dispose the stream before opening the next part.</summary>
    public Stream BeginPart(string path, bool small = false)
    {
        // Fastest rather than Optimal, which took half of a render for a file only ~3 kB smaller (README, "Measured").
        var entry = archive.CreateEntry(path, small ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
        entry.LastWriteTime = FixedTime;
        return entry.Open();
    }

    public void WritePart(string path, byte[] content)
    {
        using var stream = BeginPart(path, small: content.Length < StoreBelowBytes);
        stream.Write(content);
    }

    public void Dispose() => archive.Dispose();

    /// <summary>The fixed parts and relationships of every agreement.</summary>
    public static class Parts
    {
        public const string ContentTypesPath = "[Content_Types].xml";
        public const string PackageRelationshipsPath = "_rels/.rels";
        public const string CorePropertiesPath = "docProps/core.xml";
        public const string AppPropertiesPath = "docProps/app.xml";
        public const string DocumentPath = "word/document.xml";
        public const string DocumentRelationshipsPath = "word/_rels/document.xml.rels";
        public const string StylesPath = "word/styles.xml";
        public const string NumberingPath = "word/numbering.xml";
        public const string SettingsPath = "word/settings.xml";
        public const string HeaderPath = "word/header1.xml";
        public const string FooterPath = "word/footer1.xml";
        public const string CommentsPath = "word/comments.xml";

        public const string HeaderRelationshipId = "rIdHeader";
        public const string FooterRelationshipId = "rIdFooter";

        private const string Wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml";
        private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

        public static readonly byte[] ContentTypes = PartXml.Encoding.GetBytes(ContentTypesXml);

        /// <summary>The content types of a redline, which has comments besides.</summary>
        public static readonly byte[] ContentTypesWithComments = PartXml.Encoding.GetBytes(ContentTypesXml.Replace("</Types>",
            $"""<Override PartName="/{CommentsPath}" ContentType="{Wordprocessing}.comments+xml"/></Types>""", StringComparison.Ordinal));

        private const string ContentTypesXml = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/{DocumentPath}" ContentType="{Wordprocessing}.document.main+xml"/><Override PartName="/{StylesPath}" ContentType="{Wordprocessing}.styles+xml"/><Override PartName="/{NumberingPath}" ContentType="{Wordprocessing}.numbering+xml"/><Override PartName="/{SettingsPath}" ContentType="{Wordprocessing}.settings+xml"/><Override PartName="/{HeaderPath}" ContentType="{Wordprocessing}.header+xml"/><Override PartName="/{FooterPath}" ContentType="{Wordprocessing}.footer+xml"/><Override PartName="/{CorePropertiesPath}" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/{AppPropertiesPath}" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
            """;

        public static readonly byte[] PackageRelationships = PartXml.Encoding.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdDocument" Type="{Relationships}/officeDocument" Target="{DocumentPath}"/><Relationship Id="rIdCore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="{CorePropertiesPath}"/><Relationship Id="rIdApp" Type="{Relationships}/extended-properties" Target="{AppPropertiesPath}"/></Relationships>
            """);

        public static readonly byte[] DocumentRelationships = PartXml.Encoding.GetBytes(DocumentRelationshipsXml);

        /// <summary>The document's relationships in a redline: the comments besides.</summary>
        public static readonly byte[] DocumentRelationshipsWithComments = PartXml.Encoding.GetBytes(DocumentRelationshipsXml.Replace("</Relationships>",
            $"""<Relationship Id="rIdComments" Type="{Relationships}/comments" Target="comments.xml"/></Relationships>""", StringComparison.Ordinal));

        private const string DocumentRelationshipsXml = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="{Relationships}/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="{Relationships}/numbering" Target="numbering.xml"/><Relationship Id="rIdSettings" Type="{Relationships}/settings" Target="settings.xml"/><Relationship Id="{HeaderRelationshipId}" Type="{Relationships}/header" Target="header1.xml"/><Relationship Id="{FooterRelationshipId}" Type="{Relationships}/footer" Target="footer1.xml"/></Relationships>
            """;
    }
}
