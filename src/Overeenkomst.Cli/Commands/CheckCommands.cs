using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Migration;

namespace Overeenkomst.Cli.Commands;

/// <summary><c>validate</c> and <c>check</c>: what is wrong or missing in an answers file, and how it scores on the quality check.</summary>
internal static class CheckCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Validate() => Create("validate", CliText.ValidateDescription, withQuality: false);

    public static Command Check() => Create("check", CliText.CheckDescription, withQuality: true);

    private static Command Create(string name, string description, bool withQuality)
    {
        var answers = new Argument<FileInfo>("antwoorden") { Description = CliText.AnswersArgument };
        var json = new Option<bool>("--json") { Description = CliText.JsonOption };
        var templates = CliHost.TemplatesOption();
        var questionnaire = CliHost.QuestionnaireOption();
        var questionnaireVersion = CliHost.QuestionnaireVersionOption();
        var command = new Command(name, description) { answers, json, templates, questionnaire, questionnaireVersion };
        command.SetAction((parse, cancellationToken) => CliHost.ExplainFailuresAsync(async () =>
        {
            using var host = CliHost.Build(parse.GetValue(templates), parse.GetValue(questionnaire));
            var checker = host.Services.GetRequiredService<AnswerChecker>();
            var read = await CliHost.ReadAnswersAsync(parse.GetRequiredValue(answers), parse.GetValue(questionnaireVersion),
                host.Services.GetRequiredService<AnswerMigration>(), cancellationToken);
            if (read is null)
            {
                return 1;
            }

            var report = CheckReport.From(checker.Check(read));
            if (!withQuality)
            {
                report = report with { Findings = [] };
            }

            await Console.Out.WriteLineAsync(parse.GetValue(json) ? JsonSerializer.Serialize(report, Json) : CheckTable.Format(report));
            return report.Valid ? 0 : 1;
        }));
        return command;
    }
}
