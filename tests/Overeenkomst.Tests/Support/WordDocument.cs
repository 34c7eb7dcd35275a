using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Overeenkomst.Tests.Support;

/// <summary>Opens a produced .docx for assertions: schema validation, its XML, its text.</summary>
public sealed class WordDocument : IDisposable
{
    private readonly WordprocessingDocument document;

    public WordDocument(byte[] docx) => document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);

    public MainDocumentPart Main => document.MainDocumentPart ?? throw new InvalidOperationException("No main document part.");

    public W.Body Body => Main.Document.Body ?? throw new InvalidOperationException("No body.");

    /// <summary>Every schema and package error <see cref="OpenXmlValidator"/> finds, one line each.</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019)
            .Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

    /// <summary>word/document.xml, indented, for snapshots that read in a diff.</summary>
    public string DocumentXml() => Pretty(Main);

    /// <summary>The XML of the header part, indented.</summary>
    public string HeaderXml() => Pretty(Main.HeaderParts.Single());

    /// <summary>The text of the header.</summary>
    public string HeaderText() => string.Join("\n", Main.HeaderParts.Single().Header!.Descendants<W.Paragraph>().Select(TextOf));

    /// <summary>The text of each body paragraph, tables included, in order.</summary>
    public IReadOnlyList<string> Paragraphs() => Body.Descendants<W.Paragraph>().Select(TextOf).ToList();

    /// <summary>All body text, paragraphs separated by newlines.</summary>
    public string Text() => string.Join("\n", Paragraphs());

    /// <summary>A core property (title, creator, created, contentStatus, …) as written in docProps/core.xml.</summary>
    public string? CoreProperty(string localName)
    {
        var part = document.CoreFilePropertiesPart ?? throw new InvalidOperationException("No core properties.");
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return XDocument.Load(stream).Root!.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;
    }

    public static string TextOf(W.Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case W.Text t:
                    text.Append(t.Text);
                    break;
                case W.TabChar:
                    text.Append('\t');
                    break;
                case W.Break b when b.Type is null:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    private static string Pretty(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return XDocument.Load(stream).ToString();
    }

    public void Dispose() => document.Dispose();
}
