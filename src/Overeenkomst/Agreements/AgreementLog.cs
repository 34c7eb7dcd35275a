using Microsoft.Extensions.Logging;
using Overeenkomst.Questionnaire;
using Overeenkomst.Storage;

namespace Overeenkomst.Agreements;

/// <summary>Appends to an agreement's audit trail, <c>{id}/log.jsonl</c>: one JSON line per thing someone did.</summary>
internal static partial class AgreementLog
{
    public const string Created = "aangemaakt";
    public const string AnswersSaved = "antwoorden opgeslagen";
    public const string VersionCreated = "versie gemaakt";

    /// <summary>
    /// Appends after the change itself succeeded. Should the store go away in between, the change stands and the person is
    /// told so (not "nothing was saved"); the line goes to the operator's log instead, so it can be restored.
    /// </summary>
    public static Task AppendAsync(IStore store, AgreementId id, LogEntry entry, ILogger logger, CancellationToken cancellationToken) =>
        AppendAsync(store, AgreementLayout.Log(id), id.Value, entry, logger, cancellationToken);

    /// <summary>The same for any audit trail: <paramref name="path"/> is the append-only file, <paramref name="subject"/> names it for the operator.</summary>
    public static async Task AppendAsync(IStore store, string path, string subject, LogEntry entry, ILogger logger, CancellationToken cancellationToken)
    {
        var line = AgreementJson.SerializeLine(entry);
        try
        {
            await store.AppendAsync(path, line, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException exception)
        {
            LineNotWritten(logger, exception, subject, line.ToString().TrimEnd('\n'));
        }
    }

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Audit line for {Id} not written, the store was unreachable: {Line}")]
    private static partial void LineNotWritten(ILogger logger, Exception exception, string id, string line);
}

/// <summary>One line of the audit trail.</summary>
/// <param name="At">When.</param>
/// <param name="By">Who.</param>
/// <param name="Action">What, in Dutch words.</param>
/// <param name="Version">The version it concerns, if any.</param>
/// <param name="Name">The name of who did it, as their sign-in gave it.</param>
/// <param name="Detail">Why, or with what reason (a request for changes, a return to concept).</param>
public sealed record LogEntry(DateTimeOffset At, string By, string Action, int? Version = null, string? Name = null, string? Detail = null)
{
    /// <summary>For a save of the answers: which answers it changed, with their questions' labels; null for other steps.</summary>
    public IReadOnlyList<ChangedAnswer>? Changes { get; init; }
}
