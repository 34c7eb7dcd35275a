namespace Overeenkomst.Storage;

/// <summary>The media type a stored file is served with, from its extension; the layout uses only these.</summary>
internal static class ContentTypes
{
    public static string For(string path) => Path.GetExtension(path) switch
    {
        ".json" => "application/json",
        ".jsonl" => "application/jsonl",
        ".md" => "text/markdown; charset=utf-8",
        ".docx" => Rendering.RenderedAgreement.DocxContentType,
        _ => "application/octet-stream",
    };
}
