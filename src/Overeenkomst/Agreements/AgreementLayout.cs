using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Overeenkomst.Agreements;

/// <summary>
/// Where each part of an agreement lives in the store, and the metadata kept beside it so lists never open a document:
/// <c>{id}/agreement.json</c>, <c>{id}/versions/{n}.docx|.md|.json</c>, <c>{id}/log.jsonl</c>, <c>{id}/reviews.jsonl</c>;
/// beside the agreements, the template sets versions were made with (<c>templates/{version}/</c>), the index of
/// every version's SHA-256 (<c>index/sha256/{hash}/</c>) and each person's agreements (<c>personen/{hash}/</c>).
/// </summary>
public static class AgreementLayout
{
    /// <summary>The file name of an agreement's answers and facts.</summary>
    public const string AgreementFile = "agreement.json";

    private const string Docx = ".docx";

    /// <summary>The answers and facts of <paramref name="id"/>.</summary>
    public static string Agreement(AgreementId id) => $"{id}/{AgreementFile}";

    /// <summary>The audit trail of <paramref name="id"/>.</summary>
    public static string Log(AgreementId id) => $"{id}/log.jsonl";

    /// <summary>The reviews of <paramref name="id"/>: comments, requests for changes and approvals, append-only.</summary>
    public static string Reviews(AgreementId id) => $"{id}/reviews.jsonl";

    /// <summary>The folder of every version of <paramref name="id"/>.</summary>
    public static string Versions(AgreementId id) => $"{id}/versions/";

    /// <summary>The Word file of version <paramref name="number"/>: its presence is what makes the version exist.</summary>
    public static string VersionDocx(AgreementId id, int number) => $"{Versions(id)}{number}{Docx}";

    /// <summary>The Markdown of version <paramref name="number"/>.</summary>
    public static string VersionMarkdown(AgreementId id, int number) => $"{Versions(id)}{number}.md";

    /// <summary>The answers and facts version <paramref name="number"/> was rendered from.</summary>
    public static string VersionSnapshot(AgreementId id, int number) => $"{Versions(id)}{number}.json";

    /// <summary>The number in any file name under <see cref="Versions"/>, or null.</summary>
    public static int? VersionNumberOf(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && int.TryParse(name.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>True for the file that makes a version exist.</summary>
    public static bool IsVersionDocx(string path) => path.EndsWith(Docx, StringComparison.Ordinal);

    /// <summary>The agreement's id in a path of the layout, when the path is its <c>agreement.json</c>.</summary>
    public static AgreementId? AgreementIdOf(string path) =>
        path.EndsWith("/" + AgreementFile, StringComparison.Ordinal) && path.Count(c => c == '/') == 1
            && AgreementId.TryParse(path[..path.IndexOf('/', StringComparison.Ordinal)], out var id)
            ? id
            : null;

    /// <summary>The folder of the template set <paramref name="templateVersion"/>, kept once a version is made with it.</summary>
    public static string TemplateSet(string templateVersion) => $"templates/{templateVersion}/";

    /// <summary>The text of template <paramref name="name"/> (<c>artikelen/overleg</c>) of set <paramref name="templateVersion"/>.</summary>
    public static string Template(string templateVersion, string name) => $"{TemplateSet(templateVersion)}{name}.scriban";

    /// <summary>The list of a kept set's templates: written last, so a set whose list exists is complete.</summary>
    public static string TemplateList(string templateVersion) => $"{TemplateSet(templateVersion)}sjablonen.json";

    /// <summary>The folder of the versions whose Word file has SHA-256 <paramref name="sha256"/> (nearly always one).</summary>
    public static string DocumentsWithHash(string sha256) => $"index/sha256/{sha256}/";

    /// <summary>The index entry saying that version <paramref name="number"/> of <paramref name="id"/> has SHA-256 <paramref name="sha256"/>.</summary>
    public static string DocumentHash(string sha256, AgreementId id, int number) =>
        $"{DocumentsWithHash(sha256)}{id}-{number.ToString(CultureInfo.InvariantCulture)}.json";

    /// <summary>
    /// The index of the agreements <paramref name="email"/> takes part in. The folder is the SHA-256 of the address as
    /// sign-ins compare it (trimmed, lower case), so no address is in a path.
    /// </summary>
    public static string PersonIndex(string email) =>
        $"personen/{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())))}/overeenkomsten.json";
}
