namespace Overeenkomst.Questionnaire.Definition;

/// <summary>
/// What changed in the questionnaire from one version to the next, as far as stored answers are concerned: the questions
/// renamed and the questions removed. Paths name a question as the definition nests it: <c>opzegtermijn_maanden</c>, or
/// <c>partijen.kvk</c> for a member of a group. In one change, old paths use the old names and new paths the new ones.
/// </summary>
/// <param name="From">The version the change starts from.</param>
/// <param name="To">The version it leads to.</param>
/// <param name="Renamed">Old path → new path; a rename stays in its group.</param>
/// <param name="Removed">Paths of questions that no longer exist; their answers are dropped.</param>
public sealed record QuestionnaireChange(string From, string To, IReadOnlyDictionary<string, string> Renamed, IReadOnlyList<string> Removed)
{
    /// <summary>The path <paramref name="oldPath"/> gets from this change: every renamed part of it renamed.</summary>
    public string Forward(string oldPath)
    {
        ArgumentNullException.ThrowIfNull(oldPath);
        var parts = oldPath.Split('.');
        var result = new List<string>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            var old = string.Join('.', parts[..(i + 1)]);
            result.Add(Renamed.TryGetValue(old, out var renamed) ? renamed[(renamed.LastIndexOf('.') + 1)..] : parts[i]);
        }

        return string.Join('.', result);
    }

    /// <summary>The path <paramref name="newPath"/> had before this change, the opposite of <see cref="Forward"/>.</summary>
    public string Backward(string newPath)
    {
        ArgumentNullException.ThrowIfNull(newPath);
        return Renamed.FirstOrDefault(rename => Forward(rename.Key) == newPath).Key
            ?? (newPath.LastIndexOf('.') is var dot and > 0 ? $"{Backward(newPath[..dot])}.{newPath[(dot + 1)..]}" : newPath);
    }
}
