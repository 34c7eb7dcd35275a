namespace Overeenkomst.Rendering.Clauses;

/// <summary>
/// The marks the template functions leave in the Markdown they write, for <see cref="ClauseLayout"/> to number and resolve:
/// <c>␟A{id}␟</c> opens an article, <c>␟B{id}␟</c> an annex, <c>␟L{id}␟</c> a member; <c>␟R{id}␟</c> and <c>␟N{id}␟</c> refer to one.
/// </summary>
/// <remarks>
/// The delimiter is U+001F, a control character no answer can contain: <see cref="DocumentText"/> removes every one of
/// them from what people type, so a mark can only come from a template.
/// </remarks>
internal static class ClauseMarker
{
    /// <summary>Opens and closes a mark.</summary>
    public const char Delimiter = '\u001F';

    /// <summary>An article heading: <c>## Artikel ␟Aoverleg␟ Overleg en besluitvorming</c>.</summary>
    public const char Article = 'A';

    /// <summary>An annex heading: <c>## Bijlage ␟Bbijlage-begroting␟ Begroting</c>.</summary>
    public const char Annex = 'B';

    /// <summary>The start of a member, at the start of its line: <c>␟Loverleg.besluiten␟ Het bestuurlijk overleg …</c>.</summary>
    public const char Member = 'L';

    /// <summary>A reference in words: "artikel 11", "lid 11.2", "Bijlage 2".</summary>
    public const char Reference = 'R';

    /// <summary>A reference as the bare number: "11", "11.2", "2".</summary>
    public const char Number = 'N';

    /// <summary>The mark of <paramref name="kind"/> for <paramref name="id"/>.</summary>
    public static string Of(char kind, string id) => string.Concat(Delimiter.ToString(), kind.ToString(), id, Delimiter.ToString());
}
