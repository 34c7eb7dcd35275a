using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Agreements.Calendar;

/// <summary>
/// Reads an agreement's calendar from the store: from its final, or before there is one from its latest version, so the
/// dates and the article numbers always come from one and the same text.
/// </summary>
public sealed class AgendaReader(VersionArchive versions, AnswerValidator validator)
{
    /// <summary>The events and the version they come from; none (and no source) while the agreement has no version.</summary>
    public async Task<(IReadOnlyList<AgendaEvent> Events, AgendaSource? Source)> ReadAsync(AgreementId id, AgreementDocument agreement,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var listed = await versions.ListAsync(id, cancellationToken).ConfigureAwait(false);
        var chosen = agreement.FinalVersion is { } final
            ? listed.FirstOrDefault(version => version.Number == final && version.Kind == VersionRecord.Definitief)
            : listed.Count > 0 ? listed[^1] : null;
        if (chosen is null
            || await versions.ReadSnapshotAsync(id, chosen.Number, cancellationToken).ConfigureAwait(false) is not { } snapshot
            || await versions.ReadMarkdownAsync(id, chosen.Number, cancellationToken).ConfigureAwait(false) is not { } text)
        {
            return ([], null);
        }

        var source = new AgendaSource(chosen.Number, chosen.Kind == VersionRecord.Definitief, chosen.CreatedAt);
        var prepared = validator.Validate(Answers.Stored(snapshot.Answers)).Prepared;
        return (AgreementAgenda.Of(prepared, text.Markdown, agreement.Title, source), source);
    }
}
