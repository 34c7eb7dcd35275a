using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Validation;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Redline;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Agreements.Comparing;

/// <summary>
/// Compares two stored versions of an agreement: their Markdown as a redline (<see cref="RedlineBuilder"/>), each changed
/// section explained from the answers, clause edits and template versions the two were rendered with.
/// </summary>
public sealed class VersionComparer(VersionArchive versions, AnswerValidator validator, TemplateSet templates, AgreementComposer composer)
{
    private readonly ChangeExplainer explainer = new(new AnswerDifferences(validator.Definition), TemplateReads.Of(templates));

    /// <summary>Compares version <paramref name="older"/> with <paramref name="newer"/>; null when either does not exist.</summary>
    public Task<Comparison?> CompareAsync(AgreementId id, int older, int newer, CancellationToken cancellationToken = default) =>
        CompareAsync(id, older, id, newer, cancellationToken);

    /// <summary>
    /// Compares version <paramref name="older"/> of one agreement with version <paramref name="newer"/> of another: a renewal
    /// against the final it was started from. Null when either does not exist.
    /// </summary>
    public async Task<Comparison?> CompareAsync(AgreementId olderAgreement, int older, AgreementId newerAgreement, int newer,
        CancellationToken cancellationToken = default)
    {
        var before = await ReadAsync(olderAgreement, older, cancellationToken).ConfigureAwait(false);
        var after = before is null ? null : await ReadAsync(newerAgreement, newer, cancellationToken).ConfigureAwait(false);
        return before is null || after is null ? null : Compare(before, after);
    }

    /// <summary>
    /// Compares version <paramref name="older"/> with the current draft of <paramref name="agreement"/> (its answers and
    /// clause edits as they are now, rendered without storing a version): what the next version would change. Null when
    /// the version does not exist; the answers' errors when there is no draft to compare yet.
    /// </summary>
    public async Task<(Comparison? Comparison, IReadOnlyList<Questionnaire.Validation.ValidationError> Errors)> CompareWithDraftAsync(AgreementId id, int older,
        AgreementDocument agreement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (await ReadAsync(id, older, cancellationToken).ConfigureAwait(false) is not { } before)
        {
            return (null, []);
        }

        var (markdown, errors) = composer.ComposeMarkdown(Answers.Stored(agreement.Answers), Clauses.ClauseEditMap.Of(agreement.ClauseEdits), cancellationToken);
        if (markdown is null)
        {
            return (null, errors);
        }

        var draft = new VersionRecord(0, VersionRecord.Concept, "", templates.Version, agreement.UpdatedAt, agreement.UpdatedBy, agreement.Title);
        return (Compare(before, new ComparedVersion(draft, markdown, agreement.Answers, agreement.ClauseEdits, null)), []);
    }

    /// <summary>Compares two versions already read.</summary>
    public Comparison Compare(ComparedVersion older, ComparedVersion newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var redline = RedlineBuilder.Compare(older.Markdown, newer.Markdown);
        var explain = explainer.Between(Explained(older), Explained(newer));
        // Sections are told apart by their blocks, which no two share.
        var reasons = redline.Changed.ToDictionary(section => section, explain);
        return new Comparison(older, newer, redline, reasons);
    }

    private async Task<ComparedVersion?> ReadAsync(AgreementId id, int number, CancellationToken cancellationToken)
    {
        if (await versions.ReadMarkdownAsync(id, number, cancellationToken).ConfigureAwait(false) is not { } markdown
            || await versions.ReadSnapshotAsync(id, number, cancellationToken).ConfigureAwait(false) is not { } snapshot)
        {
            return null;
        }

        return new ComparedVersion(markdown.Version, markdown.Markdown, snapshot.Answers, snapshot.ClauseEdits, snapshot.CreatedByName);
    }

    // The answers as the templates saw them: prepared (hidden ones removed, defaults in).
    private ExplainedVersion Explained(ComparedVersion version)
    {
        var model = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in validator.Validate(Answers.Stored(version.Answers)).Prepared)
        {
            model[name] = value;
        }

        return new ExplainedVersion(model, version.Edits, version.Version.TemplateVersion);
    }
}

/// <summary>A stored version as a comparison reads it.</summary>
/// <param name="Version">Its facts.</param>
/// <param name="Markdown">Its text.</param>
/// <param name="Answers">The answers it was rendered from.</param>
/// <param name="Edits">The clause edits it was rendered with.</param>
/// <param name="CreatedByName">The name of who made it, when known.</param>
public sealed record ComparedVersion(VersionRecord Version, string Markdown, JsonElement Answers, IReadOnlyList<Clauses.ClauseEdit> Edits, string? CreatedByName)
{
    /// <summary>Who made it, as a person reads it: the name, or else the e-mail.</summary>
    public string Author => CreatedByName ?? Version.CreatedBy;
}
