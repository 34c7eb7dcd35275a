using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Overeenkomst.Storage;

namespace Overeenkomst.Agreements;

/// <summary>The metadata written beside agreements and versions, and read back from a listing.</summary>
/// <remarks>
/// Azure caps a blob's metadata at 8 KiB (names and values as sent, percent-encoded by <see cref="BlobMetadata"/>), and
/// Azurite does not enforce it, so every value here is bounded: the title by <see cref="AgreementTitle.MaxNameLength"/>,
/// e-mail addresses by <see cref="ParticipantsCheck.MaxLength"/>, the participants by their count (each is a fingerprint
/// of fixed length), the rest by their format. The worst case is computed in a test and fits with room to spare.
/// </remarks>
internal static class StoredMetadata
{
    /// <summary>Azure's limit on the metadata of one blob, names and values together.</summary>
    public const int MaxBytes = 8 * 1024;

    private const string Title = "title";
    private const string Status = "status";
    private const string UpdatedAt = "updatedat";
    private const string Number = "number";
    private const string Kind = "kind";
    private const string Sha256 = "sha256";
    private const string TemplateVersion = "templateversion";
    private const string CreatedAt = "createdat";
    private const string CreatedBy = "createdby";
    private const string RendererBuild = "rendererbuild";

    // Who takes part, space-separated, so a listing can show each person their own agreements without opening any. Each
    // is a fingerprint of the e-mail address (32 hex characters) rather than the address itself: fixed in size whatever
    // the address, so fifty of them stay far below the limit, and no address is in the metadata. Agreements stored before
    // carry the addresses themselves; a listing still finds those.
    private const string ParticipantEmails = "participants";

    // Who signs the final, as fingerprints too: a signatory who does not take part still finds the agreement in their list.
    // At most two per party, and a questionnaire has at most ten parties.
    private const string SignatoryEmails = "signatories";

    public static Dictionary<string, string> Of(AgreementDocument agreement)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Title] = agreement.Title,
            [Status] = agreement.Status,
            [UpdatedAt] = Format(agreement.UpdatedAt),
            [ParticipantEmails] = string.Join(' ', agreement.Participants.Select(participant => Fingerprint(participant.Email))),
        };
        if (agreement.Signatories?.Select(signatory => signatory.Email).OfType<string>().ToList() is { Count: > 0 } signing)
        {
            metadata[SignatoryEmails] = string.Join(' ', signing.Select(Fingerprint).Distinct());
        }

        return Bounded(metadata);
    }

    /// <summary>True when <paramref name="email"/> is among the participants (or the signatories) the metadata names.</summary>
    public static bool Names(IReadOnlyDictionary<string, string> metadata, string email)
    {
        var fingerprint = Fingerprint(email);
        return new[] { ParticipantEmails, SignatoryEmails }.Any(key => metadata.TryGetValue(key, out var listed)
            && listed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(entry => entry == fingerprint || Participation.SameEmail(entry, email)));
    }

    public static AgreementSummary? Summary(AgreementId id, IReadOnlyDictionary<string, string> metadata) =>
        metadata.TryGetValue(Title, out var title) && metadata.TryGetValue(Status, out var status)
            && metadata.TryGetValue(UpdatedAt, out var updatedAt)
            ? new AgreementSummary(id.Value, title, status, Parse(updatedAt))
            : null;

    public static Dictionary<string, string> Of(VersionRecord version)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Number] = version.Number.ToString(CultureInfo.InvariantCulture),
            [Kind] = version.Kind,
            [Sha256] = version.Sha256,
            [TemplateVersion] = version.TemplateVersion,
            [CreatedAt] = Format(version.CreatedAt),
            [CreatedBy] = version.CreatedBy,
            // The document's own heading: a template could make it longer than the name the answers allow; a listing needs no more.
            [Title] = version.Title.Length > AgreementTitle.MaxLength ? version.Title[..AgreementTitle.MaxLength] + "…" : version.Title,
        };
        if (version.RendererBuild is { } build)
        {
            metadata[RendererBuild] = build;
        }

        return Bounded(metadata);
    }

    public static VersionRecord? Version(IReadOnlyDictionary<string, string> metadata) =>
        metadata.TryGetValue(Number, out var number) && metadata.TryGetValue(Kind, out var kind)
            && metadata.TryGetValue(Sha256, out var sha256) && metadata.TryGetValue(TemplateVersion, out var templateVersion)
            && metadata.TryGetValue(CreatedAt, out var createdAt) && metadata.TryGetValue(CreatedBy, out var createdBy)
            && metadata.TryGetValue(Title, out var title)
            ? new VersionRecord(int.Parse(number, CultureInfo.InvariantCulture), kind, sha256, templateVersion, Parse(createdAt), createdBy, title)
            {
                RendererBuild = metadata.GetValueOrDefault(RendererBuild),
            }
            : null;

    /// <summary>The size Azure counts: every name and every value as it travels, percent-encoded, with the store's write id.</summary>
    public static int Size(IReadOnlyDictionary<string, string> metadata) =>
        BlobMetadata.Encode(metadata, SizeOfAWriteId).Sum(pair => Encoding.ASCII.GetByteCount(pair.Key) + Encoding.ASCII.GetByteCount(pair.Value));

    // The store adds an id of 32 hex digits to every write (BlobStore); it counts towards the 8 KiB like the rest.
    private static readonly string SizeOfAWriteId = new('0', 32);

    // Every value is bounded where it enters; this only catches a bound that was forgotten, before Azure refuses the write.
    private static Dictionary<string, string> Bounded(Dictionary<string, string> metadata) =>
        Size(metadata) <= MaxBytes ? metadata : throw new InvalidOperationException($"Blob metadata of {Size(metadata)} bytes is over Azure's {MaxBytes}.");

    private static string Fingerprint(string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())))[..32];

    private static string Format(DateTimeOffset moment) => moment.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
