using Markdig;
using Markdig.Syntax;

namespace Overeenkomst.Rendering.Docx;

/// <summary>Writes a parsed agreement as a complete .docx: the same tree and info always give the same bytes.</summary>
public sealed class DocxWriter(MarkdownPipeline pipeline)
{
    // Every agreement's .docx is 30–40 kB: room for twice that, so the package is written without growing its buffer.
    private const int PackageCapacity = 64 * 1024;

    // Each thread keeps the buffer the package is zipped into for its next document: a document is written on one thread
    // from start to end, so no two share one, and only the finished file is allocated per document (the buffer and its
    // growth were two thirds of what writing a .docx allocated). One that grew for an unusually large document is let go.
    [ThreadStatic]
    private static MemoryStream? packageBuffer;

    /// <summary>Writes <paramref name="document"/> with <paramref name="info"/> as a .docx.</summary>
    public byte[] Write(MarkdownDocument document, DocumentInfo info) => Write(document, info, null);

    /// <summary>
    /// Writes <paramref name="document"/>, a merged tree of a redline, with its changes tracked by <paramref name="changes"/>'
    /// author and date and their comments in <c>word/comments.xml</c>; without changes, an ordinary agreement.
    /// </summary>
    public byte[] Write(MarkdownDocument document, DocumentInfo info, TrackedChanges? changes)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(info);
        var output = packageBuffer ?? new MemoryStream(PackageCapacity);
        packageBuffer = null;
        output.SetLength(0);
        using (var package = new DocxPackage(output))
        {
            var comments = changes is { Comments.Count: > 0 };
            package.WritePart(DocxPackage.Parts.ContentTypesPath, comments ? DocxPackage.Parts.ContentTypesWithComments : DocxPackage.Parts.ContentTypes);
            package.WritePart(DocxPackage.Parts.PackageRelationshipsPath, DocxPackage.Parts.PackageRelationships);
            using (var core = package.BeginPart(DocxPackage.Parts.CorePropertiesPath, small: true))
            {
                PackageProperties.WriteCore(info, core);
            }

            package.WritePart(DocxPackage.Parts.AppPropertiesPath, PackageProperties.App);
            var numbering = new DocxNumbering();
            using (var body = package.BeginPart(DocxPackage.Parts.DocumentPath))
            {
                var renderer = new DocxRenderer(numbering);
                pipeline.Setup(renderer);
                if (changes is not null)
                {
                    renderer.Track(changes);
                }

                renderer.WriteDocument(document, PageFurniture.Section, body);
            }

            package.WritePart(DocxPackage.Parts.DocumentRelationshipsPath,
                comments ? DocxPackage.Parts.DocumentRelationshipsWithComments : DocxPackage.Parts.DocumentRelationships);
            if (changes is { Comments.Count: > 0 })
            {
                using var part = package.BeginPart(DocxPackage.Parts.CommentsPath);
                CommentsPart.Write(changes, part);
            }

            package.WritePart(DocxPackage.Parts.StylesPath, StyleSheet.Xml);
            using (var part = package.BeginPart(DocxPackage.Parts.NumberingPath))
            {
                numbering.Write(part);
            }

            package.WritePart(DocxPackage.Parts.SettingsPath, PageFurniture.Settings);
            using (var header = package.BeginPart(DocxPackage.Parts.HeaderPath, small: true))
            {
                PageFurniture.WriteHeader(info, header);
            }

            package.WritePart(DocxPackage.Parts.FooterPath, PageFurniture.Footer);
        }

        var bytes = output.ToArray();
        if (output.Capacity <= 4 * PackageCapacity)
        {
            packageBuffer = output;
        }

        return bytes;
    }
}
