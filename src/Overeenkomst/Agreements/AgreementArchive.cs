using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Overeenkomst.Agreements.Listing;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Migration;
using Overeenkomst.Storage;

namespace Overeenkomst.Agreements;

/// <summary>Creates, reads, lists and saves agreements in the store; every save is conditional on the ETag last read.</summary>
public sealed class AgreementArchive
{
    // Lifecycle steps retry on a conflict; ten rounds outlast any realistic burst of simultaneous reviewers.
    private const int Attempts = 10;

    private readonly IStore store;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly AnswerMigration? migration;
    private readonly PersonIndex people;
    private readonly AgreementListing listing;

    /// <summary>Creates the archive over <paramref name="store"/>; with <paramref name="migration"/>, stored answers are read as the current questionnaire names them.</summary>
    public AgreementArchive(IStore store, TimeProvider clock, ILogger<AgreementArchive>? logger = null, AnswerMigration? migration = null)
    {
        this.store = store;
        this.clock = clock;
        this.logger = logger ?? NullLogger<AgreementArchive>.Instance;
        this.migration = migration;
        people = new PersonIndex(store, clock);
        listing = new AgreementListing(store, people, clock);
    }

    /// <summary>Creates a new agreement in status concept with <paramref name="answers"/>; its creator is its first participant, the owner.</summary>
    public Task<Stored<AgreementDocument>> CreateAsync(Answers answers, Actor creator, string organisation,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return CreateAsync(answers, creator, [new Participant(creator.Email, organisation, ParticipantRoles.Opleiding)], agreement => agreement,
            AgreementLog.Created, null, cancellationToken);
    }

    /// <summary>
    /// Creates a new agreement in status concept with <paramref name="answers"/> and <paramref name="participants"/> (the
    /// creator among them, as the owner), shaped further by <paramref name="shape"/>; the log's first line is
    /// <paramref name="action"/> with <paramref name="detail"/>.
    /// </summary>
    public async Task<Stored<AgreementDocument>> CreateAsync(Answers answers, Actor creator, IReadOnlyList<Participant> participants,
        Func<AgreementDocument, AgreementDocument> shape, string action, string? detail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(shape);
        var now = clock.GetUtcNow();
        while (true)
        {
            var id = AgreementId.New();
            var agreement = shape(new AgreementDocument(id.Value, AgreementTitle.Of(answers), AgreementStatus.Concept, participants,
                now, creator.Email, now, creator.Email, answers.Root) { QuestionnaireVersion = migration?.CurrentVersion, Migration = [] });
            await people.AddAsync(TakingPart.Joining(null, agreement), id, cancellationToken).ConfigureAwait(false);
            var etag = await store.WriteAsync(AgreementLayout.Agreement(id), Serialize(agreement),
                WriteCondition.CreateNew, StoredMetadata.Of(agreement), cancellationToken).ConfigureAwait(false);
            if (etag is not null)
            {
                await LogAsync(id, creator, now, action, cancellationToken, detail: detail).ConfigureAwait(false);
                return new Stored<AgreementDocument>(agreement, etag);
            }

            // The id was taken: astronomically unlikely with 122 random bits, but a new one costs nothing.
        }
    }

    /// <summary>
    /// Reads an agreement with its ETag, or null when it does not exist; its answers as the current questionnaire names
    /// them, with what that changed in <see cref="AgreementDocument.Migration"/>.
    /// </summary>
    public async Task<Stored<AgreementDocument>?> ReadAsync(AgreementId id, CancellationToken cancellationToken = default)
    {
        var file = await store.ReadAsync(AgreementLayout.Agreement(id), cancellationToken).ConfigureAwait(false);
        return file is null ? null : new Stored<AgreementDocument>(Migrated(AgreementJson.Deserialize<AgreementDocument>(file.Content)), file.ETag);
    }

    /// <summary>
    /// Replaces the answers of <paramref name="current"/> (the agreement as the caller just read it), but only while the
    /// agreement still has <paramref name="etag"/>; after submission this returns it to concept and voids the approvals
    /// (<see cref="Lifecycle.ContentChanged"/>); once definitief it is refused.
    /// </summary>
    public Task<SaveResult> SaveAnswersAsync(AgreementId id, Stored<AgreementDocument> current, Answers answers, string etag,
        Actor savedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(current);
        var changes = AnswerChanges.Between(current.Value.Answers, answers.Root, migration?.Definition);
        return SaveContentAsync(id, current, etag, savedBy, Messages.ChangedAnswers, AgreementLog.AnswersSaved,
            agreement => agreement with { Title = AgreementTitle.Of(answers), Answers = answers.Root, QuestionnaireVersion = migration?.CurrentVersion },
            cancellationToken, changes);
    }

    /// <summary>Replaces the participants (checked by <see cref="ParticipantsCheck"/>) on the same terms as <see cref="SaveAnswersAsync"/>.</summary>
    public Task<SaveResult> SaveParticipantsAsync(AgreementId id, Stored<AgreementDocument> current, IReadOnlyList<Participant> participants,
        string etag, Actor savedBy, CancellationToken cancellationToken = default) =>
        SaveContentAsync(id, current, etag, savedBy, Messages.ChangedParticipants, Messages.LogParticipantsSet,
            agreement => agreement with { Participants = participants }, cancellationToken);

    /// <summary>
    /// Replaces the clause edits (decided by <see cref="Clauses.ClauseDesk"/>) on the same terms as <see cref="SaveAnswersAsync"/>:
    /// an edit during review returns the agreement to concept, as an answer change does; the log names the clause and the reason.
    /// </summary>
    public Task<SaveResult> SaveClauseEditsAsync(AgreementId id, Stored<AgreementDocument> current, IReadOnlyList<Clauses.ClauseEdit> edits,
        string etag, Actor savedBy, string action, string detail, CancellationToken cancellationToken = default) =>
        SaveContentAsync(id, current, etag, savedBy, Messages.ChangedClauses, action,
            agreement => agreement with { ClauseEdits = edits }, cancellationToken, detail: detail);

    /// <summary>
    /// Changes the block of <paramref name="party"/> (its fields, or its confirmation) on the same terms as
    /// <see cref="SaveAnswersAsync"/>: a change during review returns the agreement to concept; the log says whose block.
    /// </summary>
    public Task<SaveResult> SavePartyBlockAsync(AgreementId id, Stored<AgreementDocument> current, string etag, Actor savedBy, string party,
        string action, Func<AgreementDocument, AgreementDocument> change, IReadOnlyList<ChangedAnswer>? changes = null,
        CancellationToken cancellationToken = default) =>
        SaveContentAsync(id, current, etag, savedBy, Messages.ChangedBlock(party), action, change, cancellationToken, changes);

    /// <summary>Adds a line to the log of <paramref name="id"/> that changes nothing else (a renewal made from it).</summary>
    public Task NoteAsync(AgreementId id, Actor actor, string action, int? version, string? detail, CancellationToken cancellationToken = default) =>
        LogAsync(id, actor, clock.GetUtcNow(), action, cancellationToken, version, detail);

    /// <summary>
    /// Takes one lifecycle step from <paramref name="read"/> (the agreement as the caller just read it): lets
    /// <paramref name="decide"/> choose the next state and writes it only while the agreement is unchanged — on a
    /// conflict it reads again and decides again, so no approval is lost.
    /// </summary>
    public async Task<SaveResult> TransitionAsync(AgreementId id, Stored<AgreementDocument> read, Actor actor,
        Func<AgreementDocument, Transition> decide, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decide);
        var current = read;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (attempt > 0)
            {
                if (await ReadAsync(id, cancellationToken).ConfigureAwait(false) is not { } again)
                {
                    return SaveResult.NotFound;
                }

                current = again;
            }

            var transition = decide(current.Value);
            if (transition.Refusal is { } reason)
            {
                return SaveResult.Refused(reason);
            }

            var now = clock.GetUtcNow();
            var stored = current;
            if (transition.Next is { } next)
            {
                if (await WriteAsync(id, current.Value, next, current.ETag, cancellationToken).ConfigureAwait(false) is not { } written)
                {
                    continue;
                }

                stored = written;
            }

            if (transition.Action is { } action)
            {
                await LogAsync(id, actor, now, action, cancellationToken, transition.Version, transition.Detail).ConfigureAwait(false);
            }

            return SaveResult.Saved(stored);
        }

        return SaveResult.Stale;
    }

    /// <summary>
    /// The agreements <paramref name="email"/> takes part in (or signs), last changed first: from their index and each
    /// agreement's metadata, so no document is opened and the rest of the store is not read (<see cref="AgreementListing"/>).
    /// </summary>
    public Task<IReadOnlyList<AgreementSummary>> ListAsync(string email, CancellationToken cancellationToken = default) =>
        listing.ListAsync(email, cancellationToken);

    /// <summary>The agreement's audit trail, oldest first; empty when nothing was logged.</summary>
    public async Task<IReadOnlyList<LogEntry>> ReadLogAsync(AgreementId id, CancellationToken cancellationToken = default) =>
        await store.ReadAsync(AgreementLayout.Log(id), cancellationToken).ConfigureAwait(false) is { } file
            ? AgreementJson.DeserializeLines<LogEntry>(file.Content)
            : [];

    // The write is conditional on the ETag, so a save that raced another still cannot overwrite it.
    private async Task<SaveResult> SaveContentAsync(AgreementId id, Stored<AgreementDocument> current, string etag, Actor savedBy,
        string what, string action, Func<AgreementDocument, AgreementDocument> change, CancellationToken cancellationToken,
        IReadOnlyList<ChangedAnswer>? changes = null, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (current.ETag != etag)
        {
            return SaveResult.Stale;
        }

        var lifecycle = Lifecycle.ContentChanged(current.Value, what);
        if (lifecycle.Refusal is { } reason)
        {
            return SaveResult.Refused(reason);
        }

        var now = clock.GetUtcNow();
        var saved = change(lifecycle.Next ?? current.Value) with { UpdatedAt = now, UpdatedBy = savedBy.Email };
        if (await WriteAsync(id, current.Value, saved, etag, cancellationToken).ConfigureAwait(false) is not { } written)
        {
            return SaveResult.Stale;
        }

        await LogAsync(id, savedBy, now, action, cancellationToken, detail: detail, changes: changes).ConfigureAwait(false);
        if (lifecycle.Action is { } reopened)
        {
            await LogAsync(id, savedBy, now, reopened, cancellationToken, lifecycle.Version, lifecycle.Detail).ConfigureAwait(false);
        }

        return SaveResult.Saved(written);
    }

    // Whoever the write starts to name gets the agreement in their index first: a write cut short then leaves an entry
    // too many, which a listing drops, never one too few.
    private async Task<Stored<AgreementDocument>?> WriteAsync(AgreementId id, AgreementDocument before, AgreementDocument agreement, string etag,
        CancellationToken cancellationToken)
    {
        await people.AddAsync(TakingPart.Joining(before, agreement), id, cancellationToken).ConfigureAwait(false);
        var newETag = await store.WriteAsync(AgreementLayout.Agreement(id), Serialize(agreement),
            WriteCondition.Replace(etag), StoredMetadata.Of(agreement), cancellationToken).ConfigureAwait(false);
        return newETag is null ? null : new Stored<AgreementDocument>(agreement with { Migration = [] }, newETag);
    }

    // What was migrated on reading is told once, not stored: the stored answers are the migrated ones from now on.
    private static BinaryData Serialize(AgreementDocument agreement) => AgreementJson.Serialize(agreement with { Migration = null });

    private AgreementDocument Migrated(AgreementDocument agreement)
    {
        if (migration is null)
        {
            return agreement with { Migration = [] };
        }

        var migrated = migration.Stored(agreement.Answers, agreement.QuestionnaireVersion, agreement.Id);
        return agreement with { Answers = migrated.Answers, QuestionnaireVersion = migration.CurrentVersion, Migration = migrated.Notes };
    }

    private Task LogAsync(AgreementId id, Actor actor, DateTimeOffset at, string action, CancellationToken cancellationToken,
        int? version = null, string? detail = null, IReadOnlyList<ChangedAnswer>? changes = null) =>
        AgreementLog.AppendAsync(store, id, new LogEntry(at, actor.Email, action, version, actor.Name, detail) { Changes = changes }, logger,
            cancellationToken);

}

/// <summary>A value read from or written to the store, with the ETag it has there.</summary>
/// <param name="Value">The value.</param>
/// <param name="ETag">Its ETag (without quotes).</param>
public sealed record Stored<T>(T Value, string ETag);

/// <summary>
/// What became of a save: saved (with the new ETag), not found, stale because someone else saved first, refused by the
/// lifecycle, or a version that could not get a number because others kept taking it.
/// </summary>
/// <param name="Agreement">The saved agreement, when <see cref="Outcome"/> is <see cref="SaveOutcome.Saved"/>.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Reason">Why the lifecycle refused, in Dutch, when <see cref="Outcome"/> is <see cref="SaveOutcome.Refused"/>.</param>
public sealed record SaveResult(Stored<AgreementDocument>? Agreement, SaveOutcome Outcome, string? Reason = null)
{
    /// <summary>The lifecycle does not allow this now, for <paramref name="reason"/>; nothing changed.</summary>
    public static SaveResult Refused(string reason) => new(null, SaveOutcome.Refused, reason);

    /// <summary>No agreement has this id.</summary>
    public static SaveResult NotFound { get; } = new(null, SaveOutcome.NotFound);

    /// <summary>The agreement changed since the caller read it; nothing was written.</summary>
    public static SaveResult Stale { get; } = new(null, SaveOutcome.Stale);

    /// <summary>Others kept taking the next version number; trying again will work.</summary>
    public static SaveResult NumberTaken { get; } = new(null, SaveOutcome.NumberTaken);

    /// <summary>Saved.</summary>
    public static SaveResult Saved(Stored<AgreementDocument> agreement) => new(agreement, SaveOutcome.Saved);

    /// <summary>True when the agreement was saved (and so is at hand in <see cref="Agreement"/>).</summary>
    [MemberNotNullWhen(true, nameof(Agreement))]
    public bool IsSaved => Outcome == SaveOutcome.Saved;

    /// <summary>True when the lifecycle refused (and <see cref="Reason"/> says why).</summary>
    [MemberNotNullWhen(true, nameof(Reason))]
    public bool IsRefused => Outcome == SaveOutcome.Refused;
}

/// <summary>The outcomes of a save.</summary>
public enum SaveOutcome
{
    /// <summary>Saved.</summary>
    Saved,

    /// <summary>No agreement has this id.</summary>
    NotFound,

    /// <summary>Someone else saved first; nothing changed.</summary>
    Stale,

    /// <summary>The lifecycle does not allow this in the agreement's current state; nothing changed.</summary>
    Refused,

    /// <summary>A new version could not get a number: others kept taking the next one. Like <see cref="Stale"/>, a lost race.</summary>
    NumberTaken,
}
