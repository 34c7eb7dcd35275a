using Overeenkomst.Tests.Questionnaire;
using Overeenkomst.Tests.Support;
using static Overeenkomst.Tests.Cli.CommandLineProcess;

namespace Overeenkomst.Tests.Cli;

/// <summary>The command line as a person uses it: a real process, Dutch messages, an exit code that scripts can trust.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("cli-");

    private static string ExampleFile => Path.Combine(TestTemplates.ExamplesFolder, TestTemplates.ExampleNames.First() + ".json");

    [Fact]
    public void Render_WritesTheSameDocumentAsTheLibrary_AndItsMarkdown()
    {
        var docx = Path.Combine(folder.FullName, "uit", "overeenkomst.docx");
        var markdown = Path.Combine(folder.FullName, "overeenkomst.md");

        var outcome = Run("render", ExampleFile, "-o", docx, "--markdown", markdown, "--versie", "2",
            "--opsteller", "Test Opleidingsmanager", "--tijdstip", TestTemplates.FixedTime.ToString("O"));

        Assert.Equal(0, outcome.ExitCode);
        var expected = TestTemplates.Compose(TestTemplates.Example(TestTemplates.ExampleNames.First()), TestTemplates.Draft(2));
        Assert.Equal(expected.Docx, File.ReadAllBytes(docx));
        Assert.Equal(expected.Markdown, File.ReadAllText(markdown));
        Assert.Contains(expected.Sha256, outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Twice_WithoutAMoment_GivesIdenticalFiles()
    {
        var first = Path.Combine(folder.FullName, "een.docx");
        var second = Path.Combine(folder.FullName, "twee.docx");

        Assert.Equal(0, Run("render", ExampleFile, "-o", first).ExitCode);
        Assert.Equal(0, Run("render", ExampleFile, "-o", second).ExitCode);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Render_Final_HasNoConceptMarking()
    {
        var docx = Path.Combine(folder.FullName, "definitief.docx");

        Assert.Equal(0, Run("render", ExampleFile, "-o", docx, "--definitief").ExitCode);

        using var document = new WordDocument(File.ReadAllBytes(docx));
        Assert.DoesNotContain("CONCEPT", document.HeaderText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnswersFileThatDoesNotExist_ExplainsInDutch_AndFails()
    {
        var outcome = Run("render", Path.Combine(folder.FullName, "bestaat-niet.json"), "-o", Path.Combine(folder.FullName, "x.docx"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("bestaat-niet.json' bestaat niet", outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.FullName, "x.docx")));
    }

    [Fact]
    public void Render_AnswersFileThatIsNoJson_SaysWhereItBreaks_AndFails()
    {
        var answers = Path.Combine(folder.FullName, "kapot.json");
        File.WriteAllText(answers, "{\n  \"naam\": \"x\",\n  oeps\n}");

        var outcome = Run("render", answers, "-o", Path.Combine(folder.FullName, "x.docx"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("kapot.json: Het antwoordendocument is geen geldige JSON (regel 3", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TemplatesWithAnError_NameFileLineAndColumn_AndFail()
    {
        var templates = Directory.CreateDirectory(Path.Combine(folder.FullName, "sjablonen"));
        File.WriteAllText(Path.Combine(templates.FullName, "samenwerkingsovereenkomst.scriban"), "# Titel\n\n{{ for }}\n");

        var outcome = Run("render", ExampleFile, "-o", Path.Combine(folder.FullName, "x.docx"), "--sjablonen", templates.FullName);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("samenwerkingsovereenkomst.scriban(3,", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutOutput_SaysTheOptionIsRequired_AndFails()
    {
        var outcome = Run("render", ExampleFile);

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("--uitvoer", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ExplainsEveryOptionOfRender()
    {
        var outcome = Run("render", "--help");

        Assert.Equal(0, outcome.ExitCode);
        foreach (var option in new[] { "--uitvoer", "--markdown", "--definitief", "--versie", "--opsteller", "--tijdstip", "--sjablonen" })
        {
            Assert.Contains(option, outcome.Output, StringComparison.Ordinal);
        }

        Assert.Contains("Toon uitleg over de opdrachten en opties.", outcome.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("check")]
    [InlineData("render")]
    public void A_mistyped_question_id_is_refused_with_the_id_meant(string command)
    {
        var answers = TestQuestionnaire.ExampleObject(TestTemplates.ExampleNames.First());
        answers["opzegtermijn_maand"] = 3;
        var file = Path.Combine(folder.FullName, "typfout.json");
        File.WriteAllText(file, answers.ToJsonString());

        var outcome = command == "render" ? Run(command, file, "-o", Path.Combine(folder.FullName, "x.docx")) : Run(command, file);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("opzegtermijn_maand", outcome.Output + outcome.Error, StringComparison.Ordinal);
        Assert.Contains("Onbekende vraag 'opzegtermijn_maand'. Bedoelde u 'opzegtermijn_maanden'?", outcome.Output + outcome.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.FullName, "x.docx")));
    }

    public void Dispose() => folder.Delete(recursive: true);
}
