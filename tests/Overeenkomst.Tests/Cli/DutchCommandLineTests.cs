using System.Text.Json.Nodes;
using Overeenkomst.Tests.Questionnaire;
using Overeenkomst.Tests.Support;
using static Overeenkomst.Tests.Cli.CommandLineProcess;

namespace Overeenkomst.Tests.Cli;

/// <summary>
/// The command line speaks Dutch throughout: every way of calling it wrongly, every file it cannot read or write and its
/// help are explained in Dutch, as a real process, without a .NET type name or an English exception text.
/// </summary>
public sealed class DutchCommandLineTests : IDisposable
{
    // What System.CommandLine, .NET and the operating system say when they speak for us.
    private static readonly string[] English =
    [
        "Required", "required", "Unrecognized", "Usage:", "Options:", "Arguments:", "Commands:", "Description:", "Cannot", "expected type",
        "System.", "Exception", "exception", "Unhandled", "   at ", "Access to the path", "denied", "Could not", "does not exist", "[default",
        "REQUIRED", "Invalid", "invalid", "The JSON", "could not be mapped", "Nullable", "Int32",
    ];

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("cli-nl-");

    private static string Example => Path.Combine(TestTemplates.ExamplesFolder, "laurens-albeda.json");

    private string Output => Path.Combine(folder.FullName, "uit.docx");

    private string File(string name, string content)
    {
        var path = Path.Combine(folder.FullName, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public static TheoryData<string, string[], string> WrongCalls => new()
    {
        { "no command", [], "Geef een opdracht: render, validate of check." },
        { "an unknown option", ["--kleur"], "Onbekend op de opdrachtregel: '--kleur'." },
        { "render without anything", ["render"], "Geef <antwoorden> op." },
        { "render without output", ["render", Example], "De optie -o, --uitvoer <bestand> is verplicht." },
        { "an option without its value", ["render", Example, "-o"], "Geef een waarde na -o, --uitvoer <bestand>." },
        { "a version that is no number", ["render", Example, "-o", "{uit}", "--versie", "twee"], "'twee' is geen versienummer" },
        { "a negative version", ["render", Example, "-o", "{uit}", "--versie", "-1"], "Een versienummer is 1 of hoger; u gaf -1." },
        { "version zero", ["render", Example, "-o", "{uit}", "--versie", "0"], "Een versienummer is 1 of hoger; u gaf 0." },
        { "a version beyond range", ["render", Example, "-o", "{uit}", "--versie", "99999999999"], "'99999999999' is geen versienummer" },
        { "a version twice", ["render", Example, "-o", "{uit}", "--versie", "1", "--versie", "2"], "Geef --versie <nummer> één keer" },
        { "a moment that is no moment", ["render", Example, "-o", "{uit}", "--tijdstip", "gisteren"], "'gisteren' is geen tijdstip" },
        { "a folder as answers", ["render", "{map}", "-o", "{uit}"], "bestaat niet" },
        { "output where nothing can be written", ["render", Example, "-o", "/proc/overeenkomst.docx"], "Kan '/proc/overeenkomst.docx' niet schrijven:" },
        { "templates that are not there", ["render", Example, "-o", "{uit}", "--sjablonen", "{map}/geen"], "De map met sjablonen" },
        { "a questionnaire that is not there", ["check", Example, "--vragenlijst", "{map}/geen.json"], "bestaat niet" },
        { "a questionnaire with a field it does not know", ["check", Example, "--vragenlijst", "{onbekend-veld}"], "bevat een veld dat de vragenlijst niet kent" },
        { "a questionnaire version that never was", ["check", Example, "--vragenlijstversie", "9"], "die versie bestaat niet" },
        { "answers of the wrong kind", ["validate", "{verkeerd-type}"], "U gaf tekst ('zes'); hier hoort een getal, zoals 6." },
        { "answers that are no JSON", ["validate", "{geen-json}"], "Het antwoordendocument is geen geldige JSON" },
    };

    [Theory]
    [MemberData(nameof(WrongCalls))]
    public void A_wrong_call_is_explained_in_Dutch_and_fails(string call, string[] arguments, string expected)
    {
        var outcome = Run([.. arguments.Select(Fill)]);

        Assert.True(outcome.ExitCode == 1, $"{call}: exit code {outcome.ExitCode}");
        Assert.Contains(expected, outcome.All, StringComparison.Ordinal);
        AssertDutch(outcome);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("render", "--help")]
    [InlineData("validate", "-h")]
    [InlineData("check", "-?")]
    public void The_help_is_Dutch(params string[] arguments)
    {
        var outcome = Run(arguments);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Gebruik:", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("Opties:", outcome.Output, StringComparison.Ordinal);
        AssertDutch(outcome);
    }

    [Fact]
    public void The_help_of_render_marks_the_required_option_in_Dutch_and_names_what_each_option_takes()
    {
        var outcome = Run("render", "--help");

        Assert.Contains("Overeenkomst.Cli render <antwoorden> [opties]", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("-o, --uitvoer <bestand>", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("(verplicht) Waar het Word-document komt", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("--versie <nummer>", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_given_under_an_older_questionnaire_are_migrated_and_what_changed_is_told()
    {
        var questionnaire = File("v2.json", ChangedQuestionnaire.Version2().ToJsonString());
        var answers = File("v1.json", ChangedQuestionnaire.AnsweredUnderVersion1(System.IO.File.ReadAllText(Example)));

        var outcome = Run("validate", answers, "--vragenlijst", questionnaire, "--vragenlijstversie", "1");

        Assert.Contains("De vragenlijst is gewijzigd sinds deze antwoorden zijn gegeven:", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("De vraag 'kwaliteitstoets_opnemen' komt sinds versie 2 van de vragenlijst niet meer voor", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Onbekende vraag", outcome.All, StringComparison.Ordinal);
        AssertDutch(outcome);
    }

    private string Fill(string argument) => argument switch
    {
        "{uit}" => Output,
        "{map}" => folder.FullName,
        "{map}/geen" => Path.Combine(folder.FullName, "geen"),
        "{map}/geen.json" => Path.Combine(folder.FullName, "geen.json"),
        "{onbekend-veld}" => File("onbekend-veld.json", """{ "versie": "1", "kleur": "blauw", "secties": [] }"""),
        "{verkeerd-type}" => File("verkeerd-type.json", WithWrongType()),
        "{geen-json}" => File("geen-json.json", "{ \"naam_leerwerkplek\": "),
        _ => argument,
    };

    private static string WithWrongType()
    {
        var answers = TestQuestionnaire.ExampleObject("laurens-albeda");
        answers["studenten_per_afdeling"] = JsonValue.Create("zes");
        return answers.ToJsonString();
    }

    private static void AssertDutch(Outcome outcome)
    {
        foreach (var word in English)
        {
            Assert.False(outcome.All.Contains(word, StringComparison.Ordinal), $"'{word}' in:{Environment.NewLine}{outcome.All}");
        }
    }

    public void Dispose() => folder.Delete(recursive: true);
}
