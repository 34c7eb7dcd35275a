using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Overeenkomst.Rendering.Clauses;

/// <summary>
/// How clauses are named. An article's id is the name of its partial (<c>artikelen/overleg</c> → <c>overleg</c>); an
/// annex's is its partial's name after <c>bijlage-</c> (<c>bijlagen/begroting</c> → <c>bijlage-begroting</c>); a member's
/// is its article's id, a point and the name the template gives it (<c>overleg.besluiten</c>).
/// </summary>
/// <remarks>
/// Ids, not numbers, identify a clause across versions: numbers shift when a conditional article comes or goes, ids do
/// not. A member name starts with a letter, so the members an edited article gets (<c>overleg.1</c>, <c>overleg.2</c>)
/// can never take a name the templates use.
/// </remarks>
public static partial class ClauseIds
{
    /// <summary>What an annex's id starts with.</summary>
    public const string AnnexPrefix = "bijlage-";

    /// <summary>The id of the article written by the template called <paramref name="templateName"/>.</summary>
    public static string Article(string templateName) => LastSegment(templateName);

    /// <summary>The id of the annex written by the template called <paramref name="templateName"/>.</summary>
    public static string Annex(string templateName) => AnnexPrefix + LastSegment(templateName);

    /// <summary>The id of member <paramref name="name"/> of article <paramref name="articleId"/>.</summary>
    public static string Member(string articleId, string name) => $"{articleId}.{name}";

    /// <summary>The article a member id belongs to, or null for an article or annex id.</summary>
    public static string? ArticleOf(string id)
    {
        var point = id.IndexOf('.', StringComparison.Ordinal);
        return point > 0 ? id[..point] : null;
    }

    /// <summary>Whether <paramref name="name"/> can name a member in a template: lower-case letters, digits and hyphens, starting with a letter.</summary>
    public static bool IsMemberName([NotNullWhen(true)] string? name) => name is not null && MemberName().IsMatch(name);

    /// <summary>Whether <paramref name="id"/> has the form of a clause id (article, annex or member).</summary>
    public static bool IsClauseId([NotNullWhen(true)] string? id) => id is not null && id.Length <= 120 && ClauseId().IsMatch(id);

    private static string LastSegment(string templateName)
    {
        var slash = templateName.LastIndexOf('/');
        return slash >= 0 ? templateName[(slash + 1)..] : templateName;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex MemberName();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseId();
}
