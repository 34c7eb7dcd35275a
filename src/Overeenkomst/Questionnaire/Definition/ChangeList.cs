namespace Overeenkomst.Questionnaire.Definition;

/// <summary>
/// Reads the definition's change list (<c>"wijzigingen"</c>) and checks it against the questions as they are now: the
/// versions form one chain ending at the definition's own version, a rename leads to a question that exists and leaves
/// none behind, a removed question no longer exists.
/// </summary>
/// <remarks>
/// Only the current questions are known, so the questions of an older version are worked out backwards through the
/// later changes (a rename undone, a removed question put back); a question added in a later version is not written
/// down anywhere and therefore counts as existing all along.
/// </remarks>
internal static class ChangeList
{
    public static IReadOnlyList<QuestionnaireChange> Read(IReadOnlyList<ChangeFile>? written, string version, IReadOnlySet<string> paths,
        List<string> problems)
    {
        var changes = (written ?? []).Select((change, index) => Entry(change, index, problems)).ToList();
        for (var i = 0; i < changes.Count; i++)
        {
            var expected = i + 1 < changes.Count ? changes[i + 1].From : version;
            if (changes[i].To != expected)
            {
                problems.Add(Messages.QuestionnaireChangeChainBroken(changes[i].From, changes[i].To, expected));
            }
        }

        foreach (var repeated in changes.Select(change => change.From).Append(version).GroupBy(v => v, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(Messages.QuestionnaireChangeVersionTwice(repeated.Key));
        }

        // The questions at each change's "naar", from the last change back to the first.
        var existing = new HashSet<string>(paths, StringComparer.Ordinal);
        for (var i = changes.Count - 1; i >= 0; i--)
        {
            Check(changes[i], existing, problems);
            existing = [.. existing.Select(changes[i].Backward).Concat(changes[i].Removed)];
        }

        return changes;
    }

    private static QuestionnaireChange Entry(ChangeFile change, int index, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(change.From) || string.IsNullOrWhiteSpace(change.To))
        {
            problems.Add(Messages.QuestionnaireChangeWithoutVersions(index + 1));
        }

        return new QuestionnaireChange(change.From ?? string.Empty, change.To ?? string.Empty,
            change.Renamed ?? new Dictionary<string, string>(StringComparer.Ordinal), change.Removed ?? []);
    }

    private static void Check(QuestionnaireChange change, HashSet<string> existing, List<string> problems)
    {
        var where = Messages.QuestionnaireChangeName(change.From, change.To);
        foreach (var (old, renamed) in change.Renamed)
        {
            if (change.Forward(old) != renamed)
            {
                problems.Add(Messages.QuestionnaireRenameLeavesGroup(where, old, renamed));
            }
            else if (!existing.Contains(renamed))
            {
                problems.Add(Messages.QuestionnaireRenameToNothing(where, old, renamed));
            }
            else if (existing.Contains(WithNewParents(change, old)))
            {
                problems.Add(Messages.QuestionnaireRenameStillExists(where, old));
            }
        }

        foreach (var removed in change.Removed)
        {
            if (change.Renamed.ContainsKey(removed))
            {
                problems.Add(Messages.QuestionnaireRemovedAndRenamed(where, removed));
            }
            else if (existing.Contains(WithNewParents(change, removed)))
            {
                problems.Add(Messages.QuestionnaireRemovedStillExists(where, removed));
            }
        }
    }

    // Where a question would be after the change if it kept its own name: its groups renamed, itself not.
    private static string WithNewParents(QuestionnaireChange change, string oldPath) =>
        oldPath.LastIndexOf('.') is var dot and > 0 ? $"{change.Forward(oldPath[..dot])}.{oldPath[(dot + 1)..]}" : oldPath;
}
