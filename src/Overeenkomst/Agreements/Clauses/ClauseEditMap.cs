namespace Overeenkomst.Agreements.Clauses;

/// <summary>The clause edits of an agreement or version as the renderer takes them: clause id → text.</summary>
public static class ClauseEditMap
{
    /// <summary>The edits by clause id, for <see cref="Rendering.RenderOptions.Edits"/>.</summary>
    public static IReadOnlyDictionary<string, string> Of(IEnumerable<ClauseEdit>? edits) =>
        edits?.ToDictionary(edit => edit.ClauseId, edit => edit.Text, StringComparer.Ordinal) ?? new Dictionary<string, string>(StringComparer.Ordinal);
}
