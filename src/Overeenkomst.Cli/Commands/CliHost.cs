using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Questionnaire.Migration;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Cli.Commands;

/// <summary>What every command shares: the host with the library's services, reading answers, writing files, explaining failures.</summary>
internal static class CliHost
{
    public static Option<DirectoryInfo?> TemplatesOption() => new("--sjablonen") { Description = CliText.TemplatesOption, HelpName = "map" };

    public static Option<FileInfo?> QuestionnaireOption() => new("--vragenlijst") { Description = CliText.QuestionnaireOption, HelpName = "bestand" };

    public static Option<string?> QuestionnaireVersionOption() =>
        new("--vragenlijstversie") { Description = CliText.QuestionnaireVersionOption, HelpName = "versie" };

    /// <summary>Builds the host; a templates folder or questionnaire file given on the command line overrides configuration.</summary>
    public static IHost Build(DirectoryInfo? templates, FileInfo? questionnaire = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        if (templates is not null)
        {
            builder.Configuration[$"{TemplateOptions.Section}:{nameof(TemplateOptions.Path)}"] = templates.FullName;
        }

        if (questionnaire is not null)
        {
            builder.Configuration[$"{QuestionnaireOptions.Section}:{nameof(QuestionnaireOptions.Path)}"] = questionnaire.FullName;
        }

        builder.Services.AddOvereenkomst(builder.Configuration);
        return builder.Build();
    }

    /// <summary>
    /// Runs a command's work; every failure is explained in Dutch on standard error with exit code 1 — the ones a person
    /// can act on with what to do, anything unforeseen without a .NET exception's English text or type name.
    /// </summary>
    public static async Task<int> ExplainFailuresAsync(Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception exception) when (exception is TemplateSetException or AgreementRenderException or QuestionnaireDefinitionException)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
#pragma warning disable CA1031 // The last line of defence: whatever it was, the person reads Dutch and the exit code says it failed.
        catch (Exception)
#pragma warning restore CA1031
        {
            await Console.Error.WriteLineAsync(Messages.CliUnexpected);
            return 1;
        }
    }

    /// <summary>
    /// Reads the answers file and brings it to the current questionnaire from <paramref name="version"/> (null: the current
    /// one), or explains on standard error why it cannot and returns null. What the migration changed is told on standard error.
    /// </summary>
    public static async Task<Answers?> ReadAnswersAsync(FileInfo file, string? version, AnswerMigration migration, CancellationToken cancellationToken)
    {
        if (version is not null && !migration.Knows(version))
        {
            await Console.Error.WriteLineAsync(Messages.QuestionnaireVersionUnknown(version, migration.KnownVersions));
            return null;
        }

        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync(Messages.AnswersFileMissing(file.FullName));
            return null;
        }

        AnswersReadResult result;
        try
        {
            await using var stream = file.OpenRead();
            result = await Answers.ReadAsync(stream, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(Messages.AnswersFileUnreadable(file.FullName, Reason(exception)));
            return null;
        }

        if (result.Answers is null)
        {
            await Console.Error.WriteLineAsync($"{file.Name}: {result.Error}");
            return null;
        }

        var (answers, notes) = migration.Sent(result.Answers, version ?? migration.CurrentVersion);
        if (notes.Count > 0)
        {
            await Console.Error.WriteLineAsync(Messages.CliMigrationHeading);
            foreach (var note in notes)
            {
                await Console.Error.WriteLineAsync("  " + note);
            }
        }

        return answers;
    }

    /// <summary>Writes <paramref name="content"/> to <paramref name="file"/>, or explains why it cannot.</summary>
    public static async Task<bool> TryWriteAsync(FileInfo file, byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            file.Directory?.Create();
            await File.WriteAllBytesAsync(file.FullName, content, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync(Messages.OutputNotWritable(file.FullName, Reason(exception)));
            return false;
        }
    }

    // The operating system's own reason is English; the kind of failure is enough to act on.
    private static string Reason(Exception exception) => exception switch
    {
        UnauthorizedAccessException => Messages.FileNoAccess,
        DirectoryNotFoundException => Messages.FileNoFolder,
        _ => Messages.FileRefused,
    };
}
