namespace Overeenkomst.Rendering.Clauses;

/// <summary>How the agreement names a clause by its number: "artikel 9", "lid 22.2", "Bijlage 3".</summary>
/// <remarks>One place, so a reference in the text and an entry in the agreement's calendar name a clause alike.</remarks>
public static class ClauseWords
{
    /// <summary>The words for a clause of <paramref name="kind"/> with <paramref name="number"/>.</summary>
    public static string Of(ClauseKind kind, string number) => kind switch
    {
        ClauseKind.Member => $"lid {number}",
        ClauseKind.Annex => $"Bijlage {number}",
        _ => $"artikel {number}",
    };
}
