using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Definition;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Cli.Commands;

/// <summary>What every command shares: the host with the library's services, reading answers, writing files, explaining failures.</summary>
internal static class CliHost
{
    public static Option<DirectoryInfo?> TemplatesOption() => new("--sjablonen") { Description = CliText.TemplatesOption };

    public static Option<FileInfo?> QuestionnaireOption() => new("--vragenlijst") { Description = CliText.QuestionnaireOption };

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

    /// <summary>Runs a command's work; the failures a person can act on are explained on standard error with exit code 1.</summary>
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
    }

    /// <summary>Reads the answers file, or explains on standard error why it cannot and returns null.</summary>
    public static async Task<Answers?> ReadAnswersAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync(Messages.AnswersFileMissing(file.FullName));
            return null;
        }

        await using var stream = file.OpenRead();
        var result = await Answers.ReadAsync(stream, cancellationToken);
        if (result.Answers is null)
        {
            await Console.Error.WriteLineAsync($"{file.Name}: {result.Error}");
        }

        return result.Answers;
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
            await Console.Error.WriteLineAsync(Messages.OutputNotWritable(file.FullName, exception.Message));
            return false;
        }
    }
}
