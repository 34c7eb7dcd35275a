using System.Text.Json;

namespace Overeenkomst.Agreements;

/// <summary>Appends to an agreement's audit trail, <c>{id}/log.jsonl</c>: one JSON line per thing someone did.</summary>
internal static class AgreementLog
{
    public const string Created = "aangemaakt";
    public const string AnswersSaved = "antwoorden opgeslagen";
    public const string VersionCreated = "versie gemaakt";

    public static Task AppendAsync(Storage.IStore store, AgreementId id, LogEntry entry, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(entry, AgreementJson.Options);
        return store.AppendAsync(AgreementLayout.Log(id), new BinaryData([.. line, (byte)'\n']), cancellationToken);
    }
}

/// <summary>One line of the audit trail.</summary>
/// <param name="At">When.</param>
/// <param name="By">Who.</param>
/// <param name="Action">What, in Dutch words.</param>
/// <param name="Version">The version it concerns, if any.</param>
public sealed record LogEntry(DateTimeOffset At, string By, string Action, int? Version = null);
