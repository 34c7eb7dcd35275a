using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Tests.Rendering;

/// <summary>Templates are checked when they load, and a mistake names its file, line and column.</summary>
public sealed class TemplateSetTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("sjablonen-");

    private void Write(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name + TemplateSet.Extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static Answers Answers(string json) => Overeenkomst.Questionnaire.Answers.Parse(json).Answers!;

    [Fact]
    public void Template_ThatDoesNotParse_StopsLoading_WithFileLineAndColumn()
    {
        Write(TemplateSet.MainTemplate, "# Titel\n\n{{ include \"artikelen/doel\" }}\n");
        Write("artikelen/doel", "## Doel\n\nTekst {{ if }}\n");

        var failure = Assert.Throws<TemplateSetException>(() => TemplateSet.Load(folder.FullName));

        Assert.NotEmpty(failure.Problems);
        Assert.All(failure.Problems, problem =>
            Assert.StartsWith(Path.Combine("artikelen", "doel.scriban") + "(3,", problem, StringComparison.Ordinal));
        Assert.Contains("De sjablonen van de overeenkomst bevatten fouten", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_OfATemplateThatDoesNotExist_StopsLoading_WithItsLocation()
    {
        Write(TemplateSet.MainTemplate, "# Titel\n\n{{ include \"artikelen/bestaat-niet\" }}\n");

        var failure = Assert.Throws<TemplateSetException>(() => TemplateSet.Load(folder.FullName));

        Assert.Equal("samenwerkingsovereenkomst.scriban(3,4): het sjabloondeel 'artikelen/bestaat-niet' bestaat niet.", Assert.Single(failure.Problems));
    }

    [Fact]
    public void MissingMainTemplate_StopsLoading()
    {
        Write("artikelen/doel", "## Doel\n");

        var failure = Assert.Throws<TemplateSetException>(() => TemplateSet.Load(folder.FullName));

        Assert.Contains("Het hoofdsjabloon 'samenwerkingsovereenkomst.scriban' ontbreekt", Assert.Single(failure.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFolder_StopsLoading_AndSaysWhichSetting()
    {
        var failure = Assert.Throws<TemplateSetException>(() => TemplateSet.Load(Path.Combine(folder.FullName, "nergens")));

        Assert.Contains("Templates:Path", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variable_ThatTheAnswersDoNotHave_IsAnError_NotAnEmptyString()
    {
        Write(TemplateSet.MainTemplate, "# Titel {{ naam }}\n\n{{ onbekende_vraag }}\n");
        var renderer = new AgreementRenderer(TemplateSet.Load(folder.FullName));

        var failure = Assert.Throws<AgreementRenderException>(() => renderer.RenderMarkdown(Answers("""{ "naam": "X" }""")));

        Assert.Equal("Het sjabloon kon niet worden ingevuld: samenwerkingsovereenkomst.scriban(3,4): "
            + Messages.TemplateNameUnknown("onbekende_vraag"), failure.Message);
    }

    [Theory]
    [InlineData("{{ x = null; x.naam }}", "'x.naam' kan niet worden gelezen: wat ervoor staat heeft geen waarde.")]
    [InlineData("{{ for x in 5 }}{{ x }}{{ end }}", "een lus gaat over iets dat geen lijst is (System.Int32).")]
    [InlineData("{{ func f; f; end; f }}", "'f' roept zichzelf meer dan 64 keer aan en is gestopt.")]
    public void A_template_mistake_is_explained_in_Dutch_to_whoever_edits_the_templates(string body, string explanation)
    {
        Write(TemplateSet.MainTemplate, "# Titel\n\n" + body + "\n");
        var renderer = new AgreementRenderer(TemplateSet.Load(folder.FullName));

        var failure = Assert.Throws<AgreementRenderException>(() => renderer.RenderMarkdown(Answers("{}")));

        Assert.EndsWith(explanation, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EndlessLoop_InATemplate_IsStoppedByTheLoopLimit()
    {
        Write(TemplateSet.MainTemplate, "# Titel\n\n{{ while true }}x{{ end }}\n");
        var renderer = new AgreementRenderer(TemplateSet.Load(folder.FullName));

        var failure = Assert.Throws<AgreementRenderException>(() => renderer.RenderMarkdown(Answers("{}")));

        Assert.Contains("samenwerkingsovereenkomst.scriban(3,", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith(Messages.TemplateLoopLimit("10000"), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Include_ThatIncludesItself_IsStoppedByTheRecursionLimit()
    {
        Write(TemplateSet.MainTemplate, "# Titel\n\n{{ include \"lus\" }}\n");
        Write("lus", "x{{ include \"lus\" }}");
        var renderer = new AgreementRenderer(TemplateSet.Load(folder.FullName));

        Assert.Throws<AgreementRenderException>(() => renderer.RenderMarkdown(Answers("{}")));
    }

    // Renders a main template that includes "deel", with a name that needs escaping as the only answer.
    private string RenderWithPart(string main, string part)
    {
        Write(TemplateSet.MainTemplate, "# Titel\n\n" + main + "\n");
        Write("deel", part);
        return new AgreementRenderer(TemplateSet.Load(folder.FullName)).RenderMarkdown(Answers("""{ "naam": "A*B" }"""));
    }

    [Fact]
    public void Include_WritesThePartWhereItStands_WithItsOwnLocalVariables() =>
        Assert.Equal("# Titel\n\nvoor deel rood *A\\*B* na blauw\n", RenderWithPart(
            "{{ $kleur = \"blauw\" }}voor {{ include \"deel\" }} na {{ $kleur }}",
            "{{ $kleur = \"rood\" }}deel {{ $kleur }} *{{ naam }}*"));

    [Fact]
    public void Include_UsedAsAValue_GivesThePart_WithoutWritingIt() =>
        Assert.Equal("# Titel\n\n[deel *A\\*B*]\n", RenderWithPart(
            "{{ tekst = include \"deel\" }}[{{ tekst }}]",
            "deel *{{ naam }}*"));

    [Fact]
    public void BudgetFunctions_GiveEachPartysShareAndContribution_AndTheTotal()
    {
        Write(TemplateSet.MainTemplate, """
            # Titel

            {{ for post in begroting }}{{ post | aandeel "A" }}/{{ post | aandeel "B" }} {{ end }}
            {{ begroting | bijdrage "A" | bedrag }}; {{ begroting | bijdrage "B" | bedrag }}; {{ begroting | som "bedrag" | bedrag }}
            """);
        var renderer = new AgreementRenderer(TemplateSet.Load(folder.FullName));

        var markdown = renderer.RenderMarkdown(Answers("""
            { "begroting": [
                { "bedrag": 1000, "verdeling": [ { "partij": "A", "aandeel": 60 }, { "partij": "B", "aandeel": 40 } ] },
                { "bedrag": 250.50, "verdeling": [ { "partij": "A", "aandeel": 25 }, { "partij": "A", "aandeel": 25 } ] },
                { "bedrag": 99, "verdeling": [] } ] }
            """));

        Assert.Equal("# Titel\n\n60/40 50/0 0/0 \n€\u00A0725,25; €\u00A0400,00; €\u00A01.349,50", markdown.TrimEnd());
    }

    [Fact]
    public void Version_ChangesWhenAnyTemplateChanges()
    {
        Write(TemplateSet.MainTemplate, "# Titel\n\n{{ include \"deel\" }}\n");
        Write("deel", "Tekst.\n");
        var before = TemplateSet.Load(folder.FullName).Version;
        Write("deel", "Andere tekst.\n");

        var after = TemplateSet.Load(folder.FullName).Version;

        Assert.NotEqual(before, after);
        Assert.Matches("^[0-9a-f]{12}$", after);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
