using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Overeenkomst.Agreements.Clauses;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Validation;
using Overeenkomst.Rendering;
using Overeenkomst.Storage;

namespace Overeenkomst.Agreements;

/// <summary>
/// Renders and keeps numbered versions of an agreement: each is written once (If-None-Match: *) and never changed.
/// </summary>
/// <remarks>
/// A version's files are written in a fixed order — the snapshot first, which claims the number, then the Markdown, the
/// entry in the index of hashes, and the .docx last. Only a .docx makes a version exist, so a write cut short leaves no
/// version behind, only a skipped number.
/// </remarks>
public sealed class VersionArchive
{
    // Two people rendering at the same moment both want the next number; the loser takes the one after.
    private const int Attempts = 10;

    private readonly IStore store;
    private readonly AgreementComposer composer;
    private readonly TemplateArchive templates;
    private readonly DocumentIndex index;
    private readonly TimeProvider clock;
    private readonly ILogger logger;

    /// <summary>Creates the archive of versions.</summary>
    public VersionArchive(IStore store, AgreementComposer composer, TemplateArchive templates, TimeProvider clock,
        ILogger<VersionArchive>? logger = null)
    {
        this.store = store;
        this.composer = composer;
        this.templates = templates;
        index = new DocumentIndex(store);
        this.clock = clock;
        this.logger = logger ?? NullLogger<VersionArchive>.Instance;
    }

    /// <summary>
    /// Validates the answers of <paramref name="agreement"/> (as the caller just read it) and, when they are complete and
    /// valid, renders them as the next draft and stores it. Invalid answers give their errors per question id and store
    /// nothing; so does a number that others kept taking (<see cref="DraftResult.NumberTaken"/>).
    /// </summary>
    /// <exception cref="AgreementRenderException">The templates cannot be filled in with these answers.</exception>
    public async Task<DraftResult> CreateDraftAsync(AgreementId id, AgreementDocument agreement, Actor createdBy,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var prepared = composer.Prepare(Answers.Stored(agreement.Answers));
        if (prepared.Model is not { } model)
        {
            return DraftResult.Invalid(prepared.Errors);
        }

        // The set goes into the store before any version names it, so every version's templates can be found again.
        await templates.KeepCurrentAsync(cancellationToken).ConfigureAwait(false);
        var input = new RenderInput(model.Json, ClauseEditMap.Of(agreement.ClauseEdits), templates.CurrentVersion, RendererBuild.Current);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var number = await NextNumberAsync(id, cancellationToken).ConfigureAwait(false);
            var createdAt = clock.GetUtcNow();
            // Rendered the way a later check renders it again: from the kept input, with the set of this deploy (always at hand).
            var rendered = templates.RenderCurrent(input, RenderOptions.Draft(number, createdAt, createdBy.Email), cancellationToken);
            var version = new VersionRecord(number, VersionRecord.Concept, rendered.Sha256, input.TemplateVersion, createdAt, createdBy.Email,
                rendered.Title) { RendererBuild = RendererBuild.Current };
            if (await WriteAsync(id, new VersionSnapshot(version, agreement.Answers)
            {
                Input = input, QuestionnaireVersion = agreement.QuestionnaireVersion, ClauseEdits = agreement.ClauseEdits, CreatedByName = createdBy.Name,
            }, rendered, claim: true, cancellationToken)
                .ConfigureAwait(false) == VersionWrite.Written)
            {
                await AgreementLog.AppendAsync(store, id,
                    new LogEntry(version.CreatedAt, createdBy.Email, AgreementLog.VersionCreated, version.Number, createdBy.Name), logger,
                    cancellationToken).ConfigureAwait(false);
                return DraftResult.Made(version);
            }
        }

        return DraftResult.NumberTaken;
    }

    /// <summary>True when version <paramref name="number"/> exists (its .docx does), from a listing.</summary>
    public async Task<bool> ExistsAsync(AgreementId id, int number, CancellationToken cancellationToken = default)
    {
        var docx = AgreementLayout.VersionDocx(id, number);
        return await store.ListAsync(docx, cancellationToken).AnyAsync(entry => entry.Path == docx, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every version of the agreement, oldest first, from a listing.</summary>
    public async Task<IReadOnlyList<VersionRecord>> ListAsync(AgreementId id, CancellationToken cancellationToken = default)
    {
        var versions = new List<VersionRecord>();
        await foreach (var entry in store.ListAsync(AgreementLayout.Versions(id), cancellationToken).ConfigureAwait(false))
        {
            if (AgreementLayout.IsVersionDocx(entry.Path) && StoredMetadata.Version(entry.Metadata) is { } version)
            {
                versions.Add(version);
            }
        }

        return [.. versions.OrderBy(version => version.Number)];
    }

    /// <summary>The Word file of a version with its facts, or null when there is no such version.</summary>
    public Task<(VersionRecord Version, BinaryData Content)?> ReadDocxAsync(AgreementId id, int number, CancellationToken cancellationToken = default) =>
        ReadAsync(AgreementLayout.VersionDocx(id, number), cancellationToken);

    /// <summary>The Markdown of a version with its facts, or null when there is no such version.</summary>
    public async Task<(VersionRecord Version, string Markdown)?> ReadMarkdownAsync(AgreementId id, int number, CancellationToken cancellationToken = default)
    {
        // The .docx decides whether the version exists (its Markdown is written before it); a listing says so without reading it.
        if (!await ExistsAsync(id, number, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return await ReadAsync(AgreementLayout.VersionMarkdown(id, number), cancellationToken).ConfigureAwait(false) is { } found
            ? (found.Version, found.Content.ToString())
            : null;
    }

    /// <summary>The answers and facts a version was rendered from, or null when there is no such version.</summary>
    public async Task<VersionSnapshot?> ReadSnapshotAsync(AgreementId id, int number, CancellationToken cancellationToken = default)
    {
        var file = await store.ReadAsync(AgreementLayout.VersionSnapshot(id, number), cancellationToken).ConfigureAwait(false);
        return file is null ? null : AgreementJson.Deserialize<VersionSnapshot>(file.Content);
    }

    /// <summary>
    /// Writes a version's files in their order. With <paramref name="claim"/>, the snapshot must be new, or another writer
    /// holds the number (<see cref="VersionWrite.Taken"/>). Without, the snapshot is there already (a final being finished)
    /// and the files after it are written; one that exists already is this version's own, from another attempt.
    /// </summary>
    internal async Task<VersionWrite> WriteAsync(AgreementId id, VersionSnapshot snapshot, RenderedAgreement rendered, bool claim,
        CancellationToken cancellationToken)
    {
        var version = snapshot.Version;
        var metadata = StoredMetadata.Of(version);
        if (claim && await store.WriteAsync(AgreementLayout.VersionSnapshot(id, version.Number), AgreementJson.Serialize(snapshot),
                WriteCondition.CreateNew, metadata, cancellationToken).ConfigureAwait(false) is null)
        {
            return VersionWrite.Taken;
        }

        await store.WriteAsync(AgreementLayout.VersionMarkdown(id, version.Number), BinaryData.FromString(rendered.Markdown),
            WriteCondition.CreateNew, metadata, cancellationToken).ConfigureAwait(false);
        await index.AddAsync(id, version, cancellationToken).ConfigureAwait(false);
        var docx = await store.WriteAsync(AgreementLayout.VersionDocx(id, version.Number), new BinaryData(rendered.Docx),
            WriteCondition.CreateNew, metadata, cancellationToken).ConfigureAwait(false);
        return docx is null ? VersionWrite.AlreadyWritten : VersionWrite.Written;
    }

    // One past the highest number any file uses, so a number left behind by a cut-short write is never reused.
    internal async Task<int> NextNumberAsync(AgreementId id, CancellationToken cancellationToken)
    {
        var highest = 0;
        await foreach (var entry in store.ListAsync(AgreementLayout.Versions(id), cancellationToken).ConfigureAwait(false))
        {
            highest = Math.Max(highest, AgreementLayout.VersionNumberOf(entry.Path) ?? 0);
        }

        return highest + 1;
    }

    private async Task<(VersionRecord Version, BinaryData Content)?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var file = await store.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        return file is not null && StoredMetadata.Version(file.Metadata) is { } version ? (version, file.Content) : null;
    }
}

/// <summary>What writing a version's files came to.</summary>
internal enum VersionWrite
{
    /// <summary>Another writer holds the number; nothing was written.</summary>
    Taken,

    /// <summary>This call wrote the .docx: the version exists, made by this call.</summary>
    Written,

    /// <summary>The .docx was there already: another call finished the same version first.</summary>
    AlreadyWritten,
}

/// <summary>
/// What became of a request for a new version: the version made, the answers' errors, or a number lost to others who
/// kept taking the next one (a race, like a stale ETag: trying again will work).
/// </summary>
/// <param name="Version">The new version, when one was made.</param>
/// <param name="Errors">Why the answers cannot be rendered yet, per question id.</param>
public sealed record DraftResult(VersionRecord? Version, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Others kept taking the next number; nothing was stored.</summary>
    public static DraftResult NumberTaken { get; } = new(null, []);

    /// <summary>True when a version was made (and so is at hand in <see cref="Version"/>).</summary>
    [MemberNotNullWhen(true, nameof(Version))]
    public bool IsMade => Version is not null;

    /// <summary>True when the version lost the race for its number.</summary>
    public bool IsNumberTaken => Version is null && Errors.Count == 0;

    /// <summary>A version was made.</summary>
    public static DraftResult Made(VersionRecord version) => new(version, []);

    /// <summary>The answers are incomplete or invalid; nothing was stored.</summary>
    public static DraftResult Invalid(IReadOnlyList<ValidationError> errors) => new(null, errors);
}
