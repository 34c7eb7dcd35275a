using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Rendering.Markdown;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Overeenkomst.Rendering.Templates;

/// <summary>
/// What the clause functions of one render know: which article the template is writing. They leave marks
/// (<see cref="ClauseMarker"/>) that <see cref="ClauseLayout"/> numbers once the whole agreement is written.
/// </summary>
internal sealed class ClauseScope
{
    private string? article;

    /// <summary>Opens the article the current partial writes; its id is the partial's name.</summary>
    public MarkdownFragment OpenArticle(SourceSpan span)
    {
        article = ClauseIds.Article(TemplateSet.NameOf(span));
        return ClauseMarks.Of(ClauseMarker.Article, article);
    }

    /// <summary>Opens the annex the current partial writes.</summary>
    public MarkdownFragment OpenAnnex(SourceSpan span)
    {
        article = null;
        return ClauseMarks.Of(ClauseMarker.Annex, ClauseIds.Annex(TemplateSet.NameOf(span)));
    }

    /// <summary>Opens member <paramref name="name"/> of the current article.</summary>
    public MarkdownFragment OpenMember(SourceSpan span, string? name)
    {
        if (ClauseMarks.Known(ClauseMarker.Member, article, name) is { } known)
        {
            return known;
        }

        if (!ClauseIds.IsMemberName(name))
        {
            throw new ScriptRuntimeException(span, Messages.MemberNameInvalid(name));
        }

        if (article is null)
        {
            throw new ScriptRuntimeException(span, Messages.MemberOutsideArticle(name));
        }

        return ClauseMarks.Member(article, name);
    }

    /// <summary>A reference to the clause <paramref name="id"/>, resolved to its number when the agreement is laid out.</summary>
    public static MarkdownFragment Refer(SourceSpan span, string? id, char kind) =>
        ClauseMarks.Known(kind, string.Empty, id) ?? (ClauseIds.IsClauseId(id)
            ? ClauseMarks.Of(kind, id)
            : throw new ScriptRuntimeException(span, Messages.ReferenceInvalid(id)));
}
