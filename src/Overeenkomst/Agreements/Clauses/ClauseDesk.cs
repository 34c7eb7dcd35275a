using Overeenkomst.Checking;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Validation;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Rendering.Redline;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Agreements.Clauses;

/// <summary>
/// The jurist's desk: lists the articles and members of an agreement's current draft with the templates' text and any
/// edit, and decides what an edit or its removal does to the agreement's edits. Pure apart from rendering; the archive
/// stores what it decides.
/// </summary>
/// <remarks>
/// The current draft is rendered twice: once without edits (the templates' text, against which an edit is flagged) and
/// once with them (the numbers the reader sees). Both take about a millisecond.
/// </remarks>
public sealed class ClauseDesk(AgreementComposer composer, TemplateSet templates, AnswerChecker checker)
{
    // The questionnaire's order of the questions, to list a clause's questions as a person meets them.
    private readonly Dictionary<string, int> questionOrder = checker.Definition.Sections.SelectMany(section => section.Questions)
        .Select((question, index) => (question.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);

    /// <summary>Longer than any article; far below what would burden a render.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Room for a real explanation, not for a pasted document.</summary>
    public const int MaxReasonLength = 1_000;

    /// <summary>More than any agreement needs; keeps <c>agreement.json</c> small.</summary>
    public const int MaxEdits = 100;

    /// <summary>Every article and member of the current draft, then the edits whose clause is no longer in it.</summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in with these answers.</exception>
    public ClauseListing List(AgreementDocument agreement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (Draft(agreement, cancellationToken) is not { } drafted)
        {
            return new ClauseListing([], Errors(agreement, cancellationToken));
        }

        var views = drafted.Editable.Select(clause => View(clause, Find(agreement.ClauseEdits, clause.Id), drafted) with { Questions = QuestionsOf(clause.Id) })
            .ToList();
        var listed = views.Select(view => view.Id).ToHashSet(StringComparer.Ordinal);
        views.AddRange(agreement.ClauseEdits.Where(edit => !listed.Contains(edit.ClauseId)).Select(edit => new ClauseView(edit.ClauseId,
            KindOf(edit.ClauseId), null, "", null, edit.Text, Messages.ClauseNoLongerPresent, edit.Reason, edit.Name, edit.At)));
        return new ClauseListing(views, []);
    }

    /// <summary>Replaces the text of <paramref name="clauseId"/> with <paramref name="text"/>; an article's edit replaces its members' edits.</summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in with these answers.</exception>
    public ClauseEditOutcome Edit(AgreementDocument agreement, string clauseId, string? text, string? reason, Actor by, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var cleaned = DocumentText.Clean(text ?? "", keepLineBreaks: true).Trim();
        var errors = Check(cleaned, text, reason);
        if (errors.Count > 0 || reason is null)
        {
            return ClauseEditOutcome.Invalid(errors);
        }

        if (Draft(agreement, cancellationToken) is not { } drafted)
        {
            return ClauseEditOutcome.Incomplete(Errors(agreement, cancellationToken));
        }

        if (drafted.Template.FirstOrDefault(clause => clause.Id == clauseId) is not { } clause)
        {
            return ClauseEditOutcome.Failed(ClauseEditFailure.NotFound, Messages.ClauseNotFoundDetail(clauseId));
        }

        if (WhyNotEditable(agreement, clause, drafted) is { } notEditable)
        {
            return ClauseEditOutcome.Failed(ClauseEditFailure.NotEditable, notEditable);
        }

        // An article's text holds its members: their own edits would never be used again.
        var replaced = clause.Kind == ClauseKind.Article
            ? agreement.ClauseEdits.Where(edit => ClauseIds.ArticleOf(edit.ClauseId) == clause.Id).Select(edit => edit.ClauseId).ToList()
            : [];
        var kept = agreement.ClauseEdits.Where(edit => edit.ClauseId != clauseId && !replaced.Contains(edit.ClauseId)).ToList();
        if (kept.Count >= MaxEdits)
        {
            return ClauseEditOutcome.Invalid(new Dictionary<string, string[]> { ["text"] = [Messages.TooManyClauseEdits(MaxEdits)] });
        }

        var edit = new ClauseEdit(clauseId, cleaned, reason.Trim(), by.Email, by.Name, at, clause.Markdown)
        {
            References = LiteralReferences.In(cleaned, drafted.Current),
        };
        var number = drafted.NumberOf(clauseId);
        var detail = Messages.ClauseEditDetail(Messages.ClauseName(clause.Kind == ClauseKind.Member, number), clauseId, edit.Reason);
        return ClauseEditOutcome.Changed([.. kept, edit], View(clause, edit, drafted) with { Flagged = null },
            replaced.Count == 0 ? detail : Messages.ClauseEditReplacedMembers(detail, replaced));
    }

    /// <summary>Takes away the edit of <paramref name="clauseId"/>: the clause reads as the templates write it again.</summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in with these answers.</exception>
    public ClauseEditOutcome Restore(AgreementDocument agreement, string clauseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (Find(agreement.ClauseEdits, clauseId) is not { } edit)
        {
            return ClauseEditOutcome.Failed(ClauseEditFailure.NotFound, Messages.ClauseNotEditedDetail(clauseId));
        }

        var kept = agreement.ClauseEdits.Where(other => other.ClauseId != clauseId).ToList();
        var drafted = Draft(agreement with { ClauseEdits = kept }, cancellationToken);
        var view = drafted?.Template.FirstOrDefault(found => found.Id == clauseId) is { } clause
            ? View(clause, null, drafted)
            : new ClauseView(clauseId, KindOf(clauseId), null, "", null, null, null);
        var name = Messages.ClauseName(KindOf(clauseId) == ClauseView.Member, drafted?.NumberOf(clauseId));
        return ClauseEditOutcome.Changed(kept, view, Messages.ClauseEditDetail(name, clauseId, edit.Reason));
    }

    private static Dictionary<string, string[]> Check(string cleaned, string? text, string? reason)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (text?.Length > MaxTextLength)
        {
            errors["text"] = [Messages.TextTooLong(MaxTextLength)];
        }
        else if (EditedText.Blocks(cleaned).Count == 0)
        {
            errors["text"] = [Messages.ClauseTextMissing];
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["reason"] = [Messages.ClauseReasonMissing];
        }
        else if (reason.Length > MaxReasonLength)
        {
            errors["reason"] = [Messages.TextTooLong(MaxReasonLength)];
        }

        return errors;
    }

    private List<string> QuestionsOf(string clauseId) =>
        [.. TemplateReads.Of(templates).Of(clauseId).Variables.Where(questionOrder.ContainsKey).OrderBy(id => questionOrder[id])];

    private static string? WhyNotEditable(AgreementDocument agreement, Clause clause, Drafted drafted)
    {
        if (clause.Kind == ClauseKind.Annex)
        {
            return Messages.AnnexNotEditable(clause.Number);
        }

        return clause.Kind == ClauseKind.Member && ClauseIds.ArticleOf(clause.Id) is { } article && Find(agreement.ClauseEdits, article) is not null
            ? Messages.MemberOfEditedArticle(clause.Number, drafted.NumberOf(article) ?? article)
            : null;
    }

    private static ClauseView View(Clause clause, ClauseEdit? edit, Drafted drafted)
    {
        var templateText = ClausePlainText.Of(clause.Markdown);
        return new ClauseView(clause.Id, clause.Kind == ClauseKind.Member ? ClauseView.Member : ClauseView.Article, drafted.NumberOf(clause.Id),
            clause.Title, templateText, edit?.Text, edit is null ? null : Flag(edit, templateText, drafted), edit?.Reason, edit?.Name, edit?.At);
    }

    // Why an edit needs another look: the templates' text moved on since, or a number the jurist typed now names another clause.
    private static string? Flag(ClauseEdit edit, string templateText, Drafted drafted)
    {
        var flags = new List<string>();
        // Compared as the plain text a reader sees: an article's own new number is no reason to look at its edit again.
        if (!string.Equals(ClausePlainText.Of(edit.TemplateText), templateText, StringComparison.Ordinal))
        {
            flags.Add(Messages.ClauseTemplateChanged(edit.Name, DutchFormat.Moment(edit.At)));
        }

        foreach (var (reference, then) in edit.References ?? new Dictionary<string, string>())
        {
            var now = drafted.Numbering.GetValueOrDefault(reference);
            if (!string.Equals(now, then, StringComparison.Ordinal))
            {
                flags.Add(Messages.ClauseReferenceMoved(reference, drafted.Describe(then), now is null ? null : drafted.Describe(now)));
            }
        }

        return flags.Count == 0 ? null : string.Join(' ', flags);
    }

    private static ClauseEdit? Find(IReadOnlyList<ClauseEdit> edits, string clauseId) => edits.FirstOrDefault(edit => edit.ClauseId == clauseId);

    private static string KindOf(string clauseId) => ClauseIds.ArticleOf(clauseId) is null ? ClauseView.Article : ClauseView.Member;

    private Drafted? Draft(AgreementDocument agreement, CancellationToken cancellationToken)
    {
        var answers = Answers.Stored(agreement.Answers);
        if (composer.ComposeMarkdown(answers, null, cancellationToken).Markdown is not { } template)
        {
            return null;
        }

        if (agreement.ClauseEdits.Count == 0)
        {
            return new Drafted(ClauseReader.Read(template), ClauseReader.Read(template));
        }

        // The same answers with the edits in: they compose as they did without them.
        return composer.ComposeMarkdown(answers, ClauseEditMap.Of(agreement.ClauseEdits), cancellationToken).Markdown is { } current
            ? new Drafted(ClauseReader.Read(template), ClauseReader.Read(current))
            : null;
    }

    private IReadOnlyList<ValidationError> Errors(AgreementDocument agreement, CancellationToken cancellationToken) =>
        composer.ComposeMarkdown(Answers.Stored(agreement.Answers), null, cancellationToken).Errors;

    // The draft as the templates write it, and as it reads with the edits in.
    private sealed class Drafted(IReadOnlyList<Clause> template, IReadOnlyList<Clause> current)
    {
        private readonly Dictionary<string, Clause> byId = current.Concat(template).DistinctBy(clause => clause.Id).ToDictionary(clause => clause.Id, StringComparer.Ordinal);
        private readonly HashSet<string> inCurrent = current.Select(clause => clause.Id).ToHashSet(StringComparer.Ordinal);

        public IReadOnlyList<Clause> Template { get; } = template;

        public IReadOnlyList<Clause> Current { get; } = current;

        public IEnumerable<Clause> Editable => Template.Where(clause => clause.Kind != ClauseKind.Annex);

        public IReadOnlyDictionary<string, string> Numbering { get; } = LiteralReferences.Numbering(current);

        public string? NumberOf(string id) => inCurrent.Contains(id) ? byId[id].Number : null;

        public string Describe(string id) => byId.TryGetValue(id, out var clause) ? $"{clause.Title} ({id})" : id;
    }
}
