namespace Overeenkomst.Rendering.Clauses;

/// <summary>One article, member or annex of a laid-out agreement.</summary>
/// <param name="Id">Its stable id (<see cref="ClauseIds"/>).</param>
/// <param name="Kind">Article, member or annex.</param>
/// <param name="Number">Its number: "11" for an article, "11.2" for a member, "2" for an annex.</param>
/// <param name="Title">The article's or annex's title; for a member, the title of its article.</param>
/// <param name="Markdown">Its text as laid out, without heading or number: a member's text, an article's or annex's whole body.</param>
public sealed record Clause(string Id, ClauseKind Kind, string Number, string Title, string Markdown);

/// <summary>What a clause is.</summary>
public enum ClauseKind
{
    /// <summary>An article: "Artikel 11 Overleg en besluitvorming".</summary>
    Article,

    /// <summary>A numbered member of an article: "11.2".</summary>
    Member,

    /// <summary>An annex: "Bijlage 2 Begroting en bekostiging".</summary>
    Annex,
}
