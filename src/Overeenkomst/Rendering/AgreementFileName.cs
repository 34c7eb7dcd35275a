using System.Text;

namespace Overeenkomst.Rendering;

/// <summary>A file name a person recognises in their downloads folder: the title, and whether it is a draft or the final.</summary>
public static class AgreementFileName
{
    private const int MaxTitleLength = 120;

    // What no file system of the people downloading (Windows included) accepts in a name.
    private static readonly System.Buffers.SearchValues<char> Invalid =
        System.Buffers.SearchValues.Create([.. Path.GetInvalidFileNameChars().Concat("\\/:*?\"<>|").Distinct()]);

    /// <summary>"Samenwerkingsovereenkomst X - concept versie 3.docx", "… - definitief.docx" or "… - concept.docx".</summary>
    public static string For(string title, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(options);
        var suffix = options switch
        {
            { Kind: DocumentKind.Final } => "definitief",
            { Version: { } version } => $"concept versie {version}",
            _ => "concept",
        };
        return $"{Clean(title)} - {suffix}.docx";
    }

    /// <summary>"Samenwerkingsovereenkomst X - versie 1 tegen 3.docx": the tracked changes from one version to another.</summary>
    public static string ForComparison(string title, int older, int newer)
    {
        ArgumentNullException.ThrowIfNull(title);
        return $"{Clean(title)} - versie {older} tegen {newer}.docx";
    }

    private static string Clean(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in DocumentText.Clean(title, keepLineBreaks: false))
        {
            builder.Append(Invalid.Contains(c) ? ' ' : c);
        }

        var cleaned = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.Length > MaxTitleLength)
        {
            cleaned = cleaned[..MaxTitleLength].TrimEnd();
        }

        return cleaned.Length == 0 ? Messages.UntitledAgreement : cleaned;
    }
}
