using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Overeenkomst.Questionnaire;
using Overeenkomst.Storage;

namespace Overeenkomst.Agreements;

/// <summary>Creates, reads, lists and saves agreements in the store; every save is conditional on the ETag last read.</summary>
public sealed class AgreementArchive
{
    private readonly IStore store;
    private readonly TimeProvider clock;
    private readonly ILogger logger;

    /// <summary>Creates the archive over <paramref name="store"/>.</summary>
    public AgreementArchive(IStore store, TimeProvider clock, ILogger<AgreementArchive>? logger = null)
    {
        this.store = store;
        this.clock = clock;
        this.logger = logger ?? NullLogger<AgreementArchive>.Instance;
    }

    /// <summary>Creates a new agreement in status concept with <paramref name="answers"/>.</summary>
    public async Task<Stored<AgreementDocument>> CreateAsync(Answers answers, string createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var now = clock.GetUtcNow();
        while (true)
        {
            var id = AgreementId.New();
            var agreement = new AgreementDocument(id.Value, AgreementTitle.Of(answers), AgreementStatus.Concept, [],
                now, createdBy, now, createdBy, answers.Root);
            var etag = await store.WriteAsync(AgreementLayout.Agreement(id), AgreementJson.Serialize(agreement),
                WriteCondition.CreateNew, StoredMetadata.Of(agreement), cancellationToken).ConfigureAwait(false);
            if (etag is not null)
            {
                await AgreementLog.AppendAsync(store, id, new LogEntry(now, createdBy, AgreementLog.Created), logger, cancellationToken).ConfigureAwait(false);
                return new Stored<AgreementDocument>(agreement, etag);
            }

            // The id was taken: astronomically unlikely with 122 random bits, but a new one costs nothing.
        }
    }

    /// <summary>Reads an agreement with its ETag, or null when it does not exist.</summary>
    public async Task<Stored<AgreementDocument>?> ReadAsync(AgreementId id, CancellationToken cancellationToken = default)
    {
        var file = await store.ReadAsync(AgreementLayout.Agreement(id), cancellationToken).ConfigureAwait(false);
        return file is null ? null : new Stored<AgreementDocument>(AgreementJson.Deserialize<AgreementDocument>(file.Content), file.ETag);
    }

    /// <summary>Replaces the answers, but only while the agreement still has <paramref name="etag"/>; otherwise nothing changes.</summary>
    public async Task<SaveResult> SaveAnswersAsync(AgreementId id, Answers answers, string etag, string savedBy,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var current = await ReadAsync(id, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return SaveResult.NotFound;
        }

        if (current.ETag != etag)
        {
            return SaveResult.Stale;
        }

        var now = clock.GetUtcNow();
        var saved = current.Value with { Title = AgreementTitle.Of(answers), UpdatedAt = now, UpdatedBy = savedBy, Answers = answers.Root };
        var newETag = await store.WriteAsync(AgreementLayout.Agreement(id), AgreementJson.Serialize(saved),
            WriteCondition.Replace(etag), StoredMetadata.Of(saved), cancellationToken).ConfigureAwait(false);
        if (newETag is null)
        {
            return SaveResult.Stale;
        }

        await AgreementLog.AppendAsync(store, id, new LogEntry(now, savedBy, AgreementLog.AnswersSaved), logger, cancellationToken).ConfigureAwait(false);
        return SaveResult.Saved(new Stored<AgreementDocument>(saved, newETag));
    }

    /// <summary>Every agreement, from the metadata of a listing: no document is opened, however many there are.</summary>
    public async Task<IReadOnlyList<AgreementSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var summaries = new List<AgreementSummary>();
        await foreach (var entry in store.ListAsync("", cancellationToken).ConfigureAwait(false))
        {
            if (AgreementLayout.AgreementIdOf(entry.Path) is { } id && StoredMetadata.Summary(id, entry.Metadata) is { } summary)
            {
                summaries.Add(summary);
            }
        }

        return [.. summaries.OrderByDescending(summary => summary.UpdatedAt).ThenBy(summary => summary.Id, StringComparer.Ordinal)];
    }

    internal static Answers AnswersOf(JsonElement answers) =>
        Answers.Parse(answers.GetRawText()).Answers ?? throw new InvalidDataException("Stored answers do not read as answers.");
}

/// <summary>A value read from or written to the store, with the ETag it has there.</summary>
/// <param name="Value">The value.</param>
/// <param name="ETag">Its ETag (without quotes).</param>
public sealed record Stored<T>(T Value, string ETag);

/// <summary>What became of a save: saved (with the new ETag), not found, or refused because someone else saved first.</summary>
/// <param name="Agreement">The saved agreement, when <see cref="Outcome"/> is <see cref="SaveOutcome.Saved"/>.</param>
/// <param name="Outcome">What happened.</param>
public sealed record SaveResult(Stored<AgreementDocument>? Agreement, SaveOutcome Outcome)
{
    /// <summary>No agreement has this id.</summary>
    public static SaveResult NotFound { get; } = new(null, SaveOutcome.NotFound);

    /// <summary>The agreement changed since the caller read it; nothing was written.</summary>
    public static SaveResult Stale { get; } = new(null, SaveOutcome.Stale);

    /// <summary>Saved.</summary>
    public static SaveResult Saved(Stored<AgreementDocument> agreement) => new(agreement, SaveOutcome.Saved);
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
}
