namespace Overeenkomst.Rendering;

/// <summary>One rendered agreement: the Markdown it was written as, the Word file, and what identifies both.</summary>
/// <param name="Title">The agreement's title.</param>
/// <param name="Markdown">The text as Markdown, for previews and comparing versions.</param>
/// <param name="Docx">The Word file.</param>
/// <param name="Sha256">The SHA-256 of <paramref name="Docx"/> in lower-case hex: render again and compare.</param>
/// <param name="TemplateVersion">The version of the templates it was made with.</param>
public sealed record RenderedAgreement(string Title, string Markdown, byte[] Docx, string Sha256, string TemplateVersion)
{
    /// <summary>The media type of a .docx.</summary>
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
