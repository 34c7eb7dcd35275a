using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Overeenkomst.Agreements.Parties;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Storage;

namespace Overeenkomst.Agreements.Organisations;

/// <summary>
/// Keeps organisations' profiles in the store: read by anyone (who sees the public part unless they belong to it), changed
/// only by someone with an address in the profile's e-mail domains, every change conditional on the ETag and logged.
/// </summary>
public sealed class ProfileArchive
{
    private readonly IStore store;
    private readonly TimeProvider clock;
    private readonly QuestionnaireDefinition? definition;
    private readonly ILogger logger;

    /// <summary>Creates the archive; with <paramref name="definition"/>, log lines name each changed field by its question.</summary>
    public ProfileArchive(IStore store, TimeProvider clock, QuestionnaireDefinition? definition = null, ILogger<ProfileArchive>? logger = null)
    {
        this.store = store;
        this.clock = clock;
        this.definition = definition;
        this.logger = logger ?? NullLogger<ProfileArchive>.Instance;
    }

    /// <summary>The profile with its ETag, or null when there is none (or <paramref name="kvk"/> is no KvK number).</summary>
    public async Task<Stored<OrganisationProfile>?> ReadAsync(string kvk, CancellationToken cancellationToken = default)
    {
        if (!OrganisationLayout.IsKvk(kvk))
        {
            return null;
        }

        var file = await store.ReadAsync(OrganisationLayout.Profile(kvk), cancellationToken).ConfigureAwait(false);
        return file is null ? null : new Stored<OrganisationProfile>(AgreementJson.Deserialize<OrganisationProfile>(file.Content), file.ETag);
    }

    /// <summary>The profile's audit trail, oldest first.</summary>
    public async Task<IReadOnlyList<LogEntry>> ReadLogAsync(string kvk, CancellationToken cancellationToken = default) =>
        OrganisationLayout.IsKvk(kvk) && await store.ReadAsync(OrganisationLayout.Log(kvk), cancellationToken).ConfigureAwait(false) is { } file
            ? AgreementJson.DeserializeLines<LogEntry>(file.Content)
            : [];

    /// <summary>
    /// Writes <paramref name="block"/> as the profile of <paramref name="kvk"/>: a new one when there is none, otherwise only
    /// while the profile still has <paramref name="etag"/> (or, without one, the ETag it has as this call reads it). Whoever changes it must belong to the organisation as the
    /// stored profile says (and, so nobody locks themselves out, as the new one says too).
    /// </summary>
    public async Task<ProfileSave> SaveAsync(string kvk, JsonObject block, string? etag, Actor by, string action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(block);
        var current = await ReadAsync(kvk, cancellationToken).ConfigureAwait(false);
        if (current is not null && !current.Value.HasMember(by.Email))
        {
            return ProfileSave.Forbidden(Messages.NotOfThisOrganisation(by.Email, current.Value.PublicPart()["naam"]?.GetValue<string>() ?? kvk, current.Value.EmailDomains));
        }

        var fields = new JsonObject();
        foreach (var field in OrganisationBlock.Fields)
        {
            if (block[field] is { } value)
            {
                fields[field] = value.DeepClone();
            }
        }

        fields[OrganisationBlock.KvkField] = kvk;
        var next = new OrganisationProfile(kvk, JsonSerializer.SerializeToElement(fields), clock.GetUtcNow(), by.Email);
        if (next.EmailDomains.Count == 0)
        {
            return ProfileSave.Invalid(AgreementParties.EmailDomainsField, Messages.ProfileNeedsDomains);
        }

        if (!next.HasMember(by.Email))
        {
            return ProfileSave.Invalid(AgreementParties.EmailDomainsField, Messages.ProfileWouldLockOut(by.Email, next.EmailDomains));
        }

        // Without an ETag the caller changes the profile as just read (a confirmation in an agreement); with one, as they saw it.
        if (current is not null && etag is not null && current.ETag != etag)
        {
            return ProfileSave.Stale;
        }

        var condition = current is null ? WriteCondition.CreateNew : WriteCondition.Replace(current.ETag);

        var written = await store.WriteAsync(OrganisationLayout.Profile(kvk), AgreementJson.Serialize(next), condition,
            new Dictionary<string, string>(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        if (written is null)
        {
            return ProfileSave.Stale;
        }

        var changes = Changes(current?.Value.Block, next.Block);
        await AgreementLog.AppendAsync(store, OrganisationLayout.Log(kvk), $"organisation {kvk}",
            new LogEntry(next.UpdatedAt, by.Email, action, Name: by.Name) { Changes = changes }, logger, cancellationToken).ConfigureAwait(false);
        return ProfileSave.Saved(new Stored<OrganisationProfile>(next, written));
    }

    // Which fields differ, named by their questions; the values are not logged (an IBAN or an address has no place in a log).
    private List<ChangedAnswer> Changes(JsonElement? before, JsonElement after)
    {
        var old = before is { } found ? OrganisationBlock.Of(found) : new JsonObject();
        var now = OrganisationBlock.Of(after);
        return [.. OrganisationBlock.Fields
            .Where(field => old[field]?.ToJsonString() != now[field]?.ToJsonString())
            .Select(field => new ChangedAnswer(field, definition?.ByPath.GetValueOrDefault($"{AgreementParties.PartiesQuestion}.{field}")?.Label))];
    }
}

/// <summary>What became of a change to a profile.</summary>
/// <param name="Profile">The profile as saved.</param>
/// <param name="Refusal">Why someone outside the organisation may not change it, in Dutch.</param>
/// <param name="Field">The field that makes it invalid.</param>
/// <param name="Error">What is wrong with that field, in Dutch.</param>
public sealed record ProfileSave(Stored<OrganisationProfile>? Profile, string? Refusal = null, string? Field = null, string? Error = null)
{
    /// <summary>Saved.</summary>
    public static ProfileSave Saved(Stored<OrganisationProfile> profile) => new(Profile: profile);

    /// <summary>Someone else changed it first.</summary>
    public static ProfileSave Stale { get; } = new(Profile: null);

    /// <summary>Not a member of the organisation.</summary>
    public static ProfileSave Forbidden(string reason) => new(null, reason);

    /// <summary>The profile would be wrong at <paramref name="field"/>.</summary>
    public static ProfileSave Invalid(string field, string error) => new(null, Field: field, Error: error);
}
