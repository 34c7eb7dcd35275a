using System.Text.Json.Nodes;
using Overeenkomst.Agreements.Clauses;
using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Rendering.Redline;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Agreements.Comparing;

/// <summary>
/// Says what changed a section between two versions: the answers whose values differ and that the section's templates
/// read, the jurists' edits of its clauses (who, why), and — when neither explains it — the new template version or
/// the renumbering, saying so.
/// </summary>
public sealed class ChangeExplainer(AnswerDifferences answers, TemplateReads reads)
{
    /// <summary>What explains each section's differences between <paramref name="older"/> and <paramref name="newer"/> (the answers are compared once).</summary>
    public Func<RedlineSection, IReadOnlyList<string>> Between(ExplainedVersion older, ExplainedVersion newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var changed = answers.Between(older.Model, newer.Model);
        return section => Explain(section, changed, older, newer);
    }

    private List<string> Explain(RedlineSection section, ChangedAnswers changed, ExplainedVersion older, ExplainedVersion newer)
    {
        var reasons = new List<string>();
        if (section.ClauseId is { } clause)
        {
            reasons.AddRange(Edits(clause, older.Edits, newer.Edits));
        }

        if (!section.OnlyNumbersDiffer)
        {
            var read = reads.Of(section.Key);
            reasons.AddRange(changed.ReadBy(read.Variables, read.Fields));
        }

        if (reasons.Count == 0)
        {
            reasons.Add(section.OnlyNumbersDiffer || older.TemplateVersion == newer.TemplateVersion
                ? Messages.ExplainRenumbered
                : Messages.ExplainTemplateVersion(older.TemplateVersion, newer.TemplateVersion));
        }

        return reasons;
    }

    // The edits of the article (or annex) and of its members: made, changed or taken back between the two versions.
    private static IEnumerable<string> Edits(string clause, IReadOnlyList<ClauseEdit> older, IReadOnlyList<ClauseEdit> newer)
    {
        bool Concerns(ClauseEdit edit) => edit.ClauseId == clause || ClauseIds.ArticleOf(edit.ClauseId) == clause;
        var before = older.Where(Concerns).ToDictionary(edit => edit.ClauseId, StringComparer.Ordinal);
        var after = newer.Where(Concerns).ToDictionary(edit => edit.ClauseId, StringComparer.Ordinal);
        foreach (var edit in after.Values.Where(edit => !before.TryGetValue(edit.ClauseId, out var earlier) || earlier.Text != edit.Text))
        {
            yield return Messages.ExplainEdit(edit.ClauseId, edit.Name, edit.By, edit.Reason);
        }

        foreach (var edit in before.Values.Where(edit => !after.ContainsKey(edit.ClauseId)))
        {
            yield return Messages.ExplainEditRestored(edit.ClauseId, edit.Name);
        }
    }
}

/// <summary>One side of a comparison, as the explainer needs it.</summary>
/// <param name="Model">The answers as the templates saw them.</param>
/// <param name="Edits">The clause edits it was rendered with.</param>
/// <param name="TemplateVersion">The template version it was rendered with.</param>
public sealed record ExplainedVersion(IReadOnlyDictionary<string, JsonNode?> Model, IReadOnlyList<ClauseEdit> Edits, string TemplateVersion);
