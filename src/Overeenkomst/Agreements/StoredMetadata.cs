using System.Globalization;

namespace Overeenkomst.Agreements;

/// <summary>The metadata written beside agreements and versions, and read back from a listing.</summary>
internal static class StoredMetadata
{
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

    // The participants' e-mails, space-separated (an address has no spaces), so a listing can show each person their own
    // agreements without opening any; the participants list is capped so this stays far below Azure's 8 KiB of metadata.
    private const string ParticipantEmails = "participants";

    public static Dictionary<string, string> Of(AgreementDocument agreement) => new(StringComparer.Ordinal)
    {
        [Title] = agreement.Title,
        [Status] = agreement.Status,
        [UpdatedAt] = Format(agreement.UpdatedAt),
        [ParticipantEmails] = string.Join(' ', agreement.Participants.Select(participant => participant.Email)),
    };

    public static IReadOnlyList<string> Participants(IReadOnlyDictionary<string, string> metadata) =>
        metadata.TryGetValue(ParticipantEmails, out var emails) ? emails.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];

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
            [Title] = version.Title,
        };
        if (version.RendererBuild is { } build)
        {
            metadata[RendererBuild] = build;
        }

        return metadata;
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

    private static string Format(DateTimeOffset moment) => moment.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
