using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Validation;

namespace Overeenkomst.Questionnaire.Migration;

/// <summary>
/// Brings answers given under an older version of the questionnaire to the current one, following the definition's
/// change list: a renamed question's answer moves to its new id, a removed question's answer is dropped (with a log
/// line), and each step is told in a Dutch sentence for the person whose answers they are.
/// </summary>
/// <remarks>
/// Stored answers are migrated on every read and never refused, so no agreement becomes unreadable when the questionnaire
/// changes; the next write stores them under the current version. Answers kept under an id the questionnaire never had
/// (stored before unknown ids were refused) are dropped the same way. Answers a client sends are migrated only from the
/// version it names; an unknown id among them is left for the check to refuse, since the person can still correct it.
/// </remarks>
public sealed partial class AnswerMigration
{
    private readonly QuestionnaireDefinition definition;
    private readonly ILogger logger;

    /// <summary>Creates the migration to <paramref name="definition"/>.</summary>
    public AnswerMigration(QuestionnaireDefinition definition, ILogger<AnswerMigration>? logger = null)
    {
        this.definition = definition;
        this.logger = logger ?? NullLogger<AnswerMigration>.Instance;
    }

    /// <summary>The questionnaire answers are brought to.</summary>
    public QuestionnaireDefinition Definition => definition;

    /// <summary>The current version: what new answers are stored under.</summary>
    public string CurrentVersion => definition.Version;

    /// <summary>Every version answers can be given under, oldest first.</summary>
    public IEnumerable<string> KnownVersions => definition.Changes.Select(change => change.From).Append(definition.Version);

    /// <summary>True when answers can be given under <paramref name="version"/>.</summary>
    public bool Knows(string version) => KnownVersions.Contains(version, StringComparer.Ordinal);

    /// <summary>
    /// Stored answers as the current questionnaire names them. <paramref name="answeredUnder"/> null means stored before
    /// versions were recorded: the oldest version. <paramref name="agreementId"/> names them in the log.
    /// </summary>
    public MigratedAnswers Stored(JsonElement answers, string? answeredUnder, string agreementId)
    {
        var from = answeredUnder ?? KnownVersions.First();
        if (!Knows(from))
        {
            // Written by a newer instance during a deploy: nothing to move, but nothing unknown may stay either.
            LogUnknownVersion(logger, agreementId, from, CurrentVersion);
            from = CurrentVersion;
        }

        var migrated = Apply(answers, from, agreementId);
        var unknown = UnknownQuestions.In(definition, Answers.Stored(migrated.Answers)).Count > 0;
        return unknown ? DropUnknown(migrated, agreementId) : migrated;
    }

    /// <summary>Answers a client sent under <paramref name="version"/> (one of <see cref="KnownVersions"/>), as the current questionnaire names them.</summary>
    public (Answers Answers, IReadOnlyList<string> Notes) Sent(Answers answers, string version)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (!Knows(version))
        {
            throw new ArgumentException($"Version '{version}' is not one of the questionnaire's versions.", nameof(version));
        }

        var migrated = Apply(answers.Root, version, context: "sent");
        return migrated.Notes.Count == 0 ? (answers, []) : (Answers.Stored(migrated.Answers), migrated.Notes);
    }

    private MigratedAnswers Apply(JsonElement answers, string from, string context)
    {
        var steps = definition.Changes.SkipWhile(change => change.From != from).ToList();
        if (steps.Count == 0)
        {
            return new MigratedAnswers(answers, []);
        }

        var root = Answers.Editable(answers);
        var notes = new List<string>();
        foreach (var change in steps)
        {
            root = AnswerTree.Rewrite(root, path => change.Renamed.TryGetValue(path, out var renamed) ? Fate.RenameTo(renamed)
                    : change.Removed.Contains(path, StringComparer.Ordinal) ? Fate.Drop : Fate.Keep,
                descend: _ => true,
                (path, fate) =>
                {
                    if (fate.NewPath is { } renamed)
                    {
                        notes.Add(Messages.MigrationRenamed(path, renamed, change.To, definition.ByPath.GetValueOrDefault(renamed)?.Label));
                    }
                    else
                    {
                        notes.Add(Messages.MigrationRemoved(path, change.To));
                        LogDropped(logger, context, path, change.From, change.To);
                    }
                });
        }

        return new MigratedAnswers(JsonSerializer.SerializeToElement(root), notes);
    }

    private MigratedAnswers DropUnknown(MigratedAnswers migrated, string agreementId)
    {
        var notes = new List<string>(migrated.Notes);
        var root = AnswerTree.Rewrite(Answers.Editable(migrated.Answers),
            path => definition.ByPath.ContainsKey(path) ? Fate.Keep : Fate.Drop,
            descend: path => definition.ByPath.GetValueOrDefault(path)?.IsGroup == true,
            (path, _) =>
            {
                notes.Add(Messages.MigrationUnknownDropped(path));
                LogUnknownDropped(logger, agreementId, path);
            });
        return new MigratedAnswers(JsonSerializer.SerializeToElement(root), notes);
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Answers ({Context}): the answer to {Path} was dropped, the question was removed from questionnaire version {From} to {To}")]
    private static partial void LogDropped(ILogger logger, string context, string path, string from, string to);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information,
        Message = "Agreement {Id}: the stored answer to {Path} was dropped, the questionnaire has no such question")]
    private static partial void LogUnknownDropped(ILogger logger, string id, string path);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning,
        Message = "Agreement {Id} was answered under questionnaire version {Version}, which this instance (version {Current}) does not know")]
    private static partial void LogUnknownVersion(ILogger logger, string id, string version, string current);
}

/// <summary>Answers after migration, and what changed in them in Dutch sentences (empty when nothing did).</summary>
/// <param name="Answers">The answers object as the current questionnaire names it.</param>
/// <param name="Notes">One sentence per question renamed, removed or unknown.</param>
public sealed record MigratedAnswers(JsonElement Answers, IReadOnlyList<string> Notes);
