using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Overeenkomst.Questionnaire.Migration;
using Overeenkomst.Rendering;

namespace Overeenkomst.Cli.Commands;

/// <summary><c>render antwoorden.json -o overeenkomst.docx</c>: the same document the HTTP API gives; invalid answers are refused with the reasons.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var answers = new Argument<FileInfo>("antwoorden") { Description = CliText.AnswersArgument };
        var output = new Option<FileInfo>("--uitvoer", "-o") { Description = CliText.OutputOption, Required = true, HelpName = "bestand" };
        var markdown = new Option<FileInfo?>("--markdown") { Description = CliText.MarkdownOption, HelpName = "bestand" };
        var final = new Option<bool>("--definitief") { Description = CliText.FinalOption };
        var version = new Option<int>("--versie")
        {
            Description = CliText.VersionOption, HelpName = "nummer", DefaultValueFactory = _ => 1, CustomParser = OptionValues.VersionNumber,
        };
        var creator = new Option<string>("--opsteller")
        {
            Description = CliText.CreatorOption, HelpName = "naam", DefaultValueFactory = _ => Messages.AnonymousCreator,
        };
        var moment = new Option<DateTimeOffset?>("--tijdstip") { Description = CliText.MomentOption, HelpName = "moment", CustomParser = OptionValues.Moment };
        var templates = CliHost.TemplatesOption();
        var questionnaire = CliHost.QuestionnaireOption();
        var questionnaireVersion = CliHost.QuestionnaireVersionOption();

        var command = new Command("render", CliText.RenderDescription)
        {
            answers, output, markdown, final, version, creator, moment, templates, questionnaire, questionnaireVersion,
        };
        command.SetAction((parse, cancellationToken) => CliHost.ExplainFailuresAsync(async () =>
        {
            using var host = CliHost.Build(parse.GetValue(templates), parse.GetValue(questionnaire));
            var composer = host.Services.GetRequiredService<AgreementComposer>();
            var read = await CliHost.ReadAnswersAsync(parse.GetRequiredValue(answers), parse.GetValue(questionnaireVersion),
                host.Services.GetRequiredService<AnswerMigration>(), cancellationToken);
            if (read is null)
            {
                return 1;
            }

            var createdAt = parse.GetValue(moment);
            var by = parse.GetValue(creator) ?? Messages.AnonymousCreator;
            var number = parse.GetValue(version);
            var options = parse.GetValue(final) ? RenderOptions.Final(number, createdAt, by) : RenderOptions.Draft(number, createdAt, by);
            var composed = composer.Compose(read, options, cancellationToken);
            if (composed.Agreement is not { } rendered)
            {
                await Console.Error.WriteLineAsync(Messages.RenderRefused);
                foreach (var error in composed.Errors)
                {
                    await Console.Error.WriteLineAsync($"  {error.QuestionId,-40} {error.Message}");
                }

                return 1;
            }

            var target = parse.GetRequiredValue(output);
            if (!await CliHost.TryWriteAsync(target, rendered.Docx, cancellationToken))
            {
                return 1;
            }

            if (parse.GetValue(markdown) is { } markdownFile
                && !await CliHost.TryWriteAsync(markdownFile, PartText(rendered.Markdown), cancellationToken))
            {
                return 1;
            }

            Console.Out.WriteLine(Messages.DocumentWritten(target.FullName, rendered.Sha256));
            return 0;
        }));
        return command;
    }

    private static byte[] PartText(string text) => new System.Text.UTF8Encoding(false).GetBytes(text);
}
