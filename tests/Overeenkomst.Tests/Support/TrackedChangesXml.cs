using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Overeenkomst.Tests.Support;

/// <summary>
/// What Word's "accept all changes" and "reject all changes" do to <c>word/document.xml</c>, done on the XML itself,
/// and the text of each paragraph afterwards — so a redline can be checked against the two documents it compares.
/// </summary>
/// <remarks>
/// Accepting keeps what is inserted (<c>w:ins</c>) and drops what is deleted (<c>w:del</c>); rejecting the other way round.
/// A table row whose <c>w:trPr</c> marks it dropped goes with its cells. A paragraph whose mark (<c>w:pPr/w:rPr</c>) is
/// dropped joins the next paragraph: what is left of it moves to the start of that one.
/// </remarks>
public static class TrackedChangesXml
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The body's paragraph texts after accepting every change.</summary>
    public static IReadOnlyList<string> Accepted(byte[] docx) => Paragraphs(Resolve(DocumentXml(docx), accept: true));

    /// <summary>The body's paragraph texts after rejecting every change.</summary>
    public static IReadOnlyList<string> Rejected(byte[] docx) => Paragraphs(Resolve(DocumentXml(docx), accept: false));

    /// <summary>The body's paragraph texts of a document without changes.</summary>
    public static IReadOnlyList<string> Paragraphs(byte[] docx) => Paragraphs(DocumentXml(docx));

    /// <summary>How many insertions and deletions the document holds.</summary>
    public static (int Insertions, int Deletions) Count(byte[] docx)
    {
        var document = DocumentXml(docx);
        return (document.Descendants(W + "ins").Count(), document.Descendants(W + "del").Count());
    }

    private static XDocument Resolve(XDocument document, bool accept)
    {
        var keep = W + (accept ? "ins" : "del");
        var drop = W + (accept ? "del" : "ins");
        foreach (var row in document.Descendants(W + "tr").Where(row => row.Element(W + "trPr")?.Element(drop) is not null).ToList())
        {
            row.Remove();
        }

        var joining = document.Descendants(W + "p").Where(p => p.Element(W + "pPr")?.Element(W + "rPr")?.Element(drop) is not null).ToList();
        foreach (var dropped in document.Descendants(drop).ToList())
        {
            dropped.Remove();
        }

        foreach (var kept in document.Descendants(keep).ToList())
        {
            if (kept.Parent?.Name == W + "rPr" || kept.Parent?.Name == W + "trPr")
            {
                kept.Remove();
            }
            else
            {
                kept.ReplaceWith(kept.Elements());
            }
        }

        foreach (var deletedText in document.Descendants(W + "delText").ToList())
        {
            deletedText.ReplaceWith(new XElement(W + "t", deletedText.Attributes(), deletedText.Value));
        }

        foreach (var paragraph in joining)
        {
            var paragraphs = document.Descendants(W + "p").ToList();
            var index = paragraphs.IndexOf(paragraph);
            var rest = paragraph.Elements().Where(element => element.Name != W + "pPr").ToList();
            if (index + 1 < paragraphs.Count && rest.Count > 0)
            {
                var next = paragraphs[index + 1];
                (next.Element(W + "pPr") is { } properties ? (Action<object>)properties.AddAfterSelf : next.AddFirst)(rest);
            }

            paragraph.Remove();
        }

        return document;
    }

    private static List<string> Paragraphs(XDocument document) =>
        document.Root!.Element(W + "body")!.Descendants(W + "p").Select(TextOf).ToList();

    private static string TextOf(XElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            if (element.Name == W + "t")
            {
                text.Append(element.Value);
            }
            else if (element.Name == W + "tab" && element.Parent?.Name == W + "r")
            {
                text.Append('\t');
            }
            else if (element.Name == W + "br" && element.Attribute(W + "type") is null)
            {
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static XDocument DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream);
    }
}
