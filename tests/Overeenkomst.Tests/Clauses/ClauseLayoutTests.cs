using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Rendering.Html;
using Overeenkomst.Rendering.Templates;

namespace Overeenkomst.Tests.Clauses;

/// <summary>
/// Clauses have ids; numbers are given after the conditional articles are laid out and the edits are in, and references
/// are resolved from ids to those numbers in the same pass.
/// </summary>
public sealed class ClauseLayoutTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("clausules-");

    public ClauseLayoutTests()
    {
        Write(TemplateSet.MainTemplate, """
            # Titel

            {{ if toon_eerste }}{{ include "artikelen/eerste" }}{{ end }}
            {{ include "artikelen/tweede" }}
            {{ include "artikelen/derde" }}
            {{ include "bijlagen/lijst" }}
            """);
        Write("artikelen/eerste", """
            ## Artikel {{ artikel }} Eerste

            {{ lid "een" }} Een, zie {{ verwijzing "derde.slot" }}.
            """);
        Write("artikelen/tweede", """
            ## Artikel {{ artikel }} Tweede

            {{ lid "twee" }} Twee, zie {{ verwijzing "derde" }} en {{ verwijzing "bijlage-lijst" }}.

            - een punt
            - nog een punt

            {{ lid "drie" }} Drie, zie {{ verwijzing "tweede.twee" }} (lid {{ nummer "tweede.twee" }}).
            """);
        Write("artikelen/derde", """
            ## Artikel {{ artikel }} Derde

            {{ lid "begin" }} Begin.

            | a | b |
            |---|---|
            | 1 | 2 |

            {{ lid "slot" }} Slot.
            """);
        Write("bijlagen/lijst", """
            \newpage

            ## Bijlage {{ bijlage }} Lijst

            Inhoud van de bijlage.
            """);
    }

    private void Write(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name + TemplateSet.Extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Render(bool first, Dictionary<string, string>? edits = null) =>
        new AgreementRenderer(TemplateSet.Load(folder.FullName))
            .RenderMarkdown(Answers.Parse($$"""{ "toon_eerste": {{(first ? "true" : "false")}} }""").Answers!.Root.EnumerateObject()
                .Select(p => new KeyValuePair<string, System.Text.Json.Nodes.JsonNode?>(p.Name, System.Text.Json.Nodes.JsonNode.Parse(p.Value.GetRawText()))), edits);

    [Fact]
    public void ArticlesAndMembers_AreNumberedInOrder_WithoutGapsForArticlesLeftOut()
    {
        var markdown = Render(first: false);

        Assert.Contains("## Artikel 1 {#tweede} Tweede", markdown, StringComparison.Ordinal);
        Assert.Contains("1.1 {#tweede.twee} Twee", markdown, StringComparison.Ordinal);
        Assert.Contains("1.2 {#tweede.drie} Drie", markdown, StringComparison.Ordinal);
        Assert.Contains("## Artikel 2 {#derde} Derde", markdown, StringComparison.Ordinal);
        Assert.Contains("## Bijlage 1 {#bijlage-lijst} Lijst", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void References_NameTheNumberTheirClauseGot_ForwardAndBackward()
    {
        var with = Render(first: true);
        var without = Render(first: false);

        Assert.Contains("1.1 {#eerste.een} Een, zie lid 3.2.", with, StringComparison.Ordinal);
        Assert.Contains("Twee, zie artikel 3 en Bijlage 1.", with, StringComparison.Ordinal);
        Assert.Contains("Drie, zie lid 2.1 (lid 2.1).", with, StringComparison.Ordinal);
        Assert.Contains("Twee, zie artikel 2 en Bijlage 1.", without, StringComparison.Ordinal);
        Assert.Contains("Drie, zie lid 1.1 (lid 1.1).", without, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingTheLaidOutText_GivesEveryClause_WithItsNumberTitleAndText()
    {
        var clauses = ClauseReader.Read(Render(first: true));

        Assert.Equal(
            ["eerste", "eerste.een", "tweede", "tweede.twee", "tweede.drie", "derde", "derde.begin", "derde.slot", "bijlage-lijst"],
            clauses.Select(c => c.Id));
        Assert.Equal(["1", "1.1", "2", "2.1", "2.2", "3", "3.1", "3.2", "1"], clauses.Select(c => c.Number));
        var twee = clauses.Single(c => c.Id == "tweede.twee");
        Assert.Equal(("Tweede", ClauseKind.Member), (twee.Title, twee.Kind));
        Assert.Equal("Twee, zie artikel 3 en Bijlage 1.\n\n- een punt\n- nog een punt", twee.Markdown);
        Assert.Equal("Begin.\n\n| a | b |\n|---|---|\n| 1 | 2 |", clauses.Single(c => c.Id == "derde.begin").Markdown);
        Assert.Equal("Slot.", clauses.Single(c => c.Id == "derde.slot").Markdown);
        Assert.Equal("Inhoud van de bijlage.", clauses.Single(c => c.Id == "bijlage-lijst").Markdown);
        Assert.StartsWith("3.1 {#derde.begin} Begin.", clauses.Single(c => c.Id == "derde").Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void AMemberEdit_ReplacesThatMembersText_Literally_AndKeepsItsNumber()
    {
        var markdown = Render(first: false, new() { ["tweede.twee"] = "Nieuwe **tekst** met {{ code }}.\n\n- eerste\n- # tweede\n\n3.1 geen lid" });
        var clause = ClauseReader.Read(markdown).Single(c => c.Id == "tweede.twee");

        Assert.Equal("1.1", clause.Number);
        Assert.Equal("Nieuwe \\*\\*tekst\\*\\* met {{ code }}.\n\n- eerste\n- \\# tweede\n\n3\\.1 geen lid", clause.Markdown);
        Assert.DoesNotContain("een punt", markdown, StringComparison.Ordinal);
        Assert.Contains("1.2 {#tweede.drie} Drie, zie lid 1.1", markdown, StringComparison.Ordinal);
        var html = AgreementPreview.ToHtml(markdown);
        Assert.Contains("Nieuwe **tekst** met {{ code }}.", html, StringComparison.Ordinal);
        Assert.Contains("<li># tweede</li>", html, StringComparison.Ordinal);
        Assert.Contains("<p>3.1 geen lid</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnArticleEdit_ReplacesAllItsMembers_EachParagraphAMember_AndReferencesToTheOldMembersNameTheArticle()
    {
        var markdown = Render(first: true, new() { ["derde"] = "Alles anders.\n\nTweede alinea.\n- met een punt" });
        var clauses = ClauseReader.Read(markdown);

        Assert.Equal(["derde.1", "derde.2"], clauses.Where(c => c.Id.StartsWith("derde.", StringComparison.Ordinal)).Select(c => c.Id));
        Assert.Equal("Tweede alinea.\n\n- met een punt", clauses.Single(c => c.Id == "derde.2").Markdown);
        Assert.Equal("3.2", clauses.Single(c => c.Id == "derde.2").Number);
        Assert.DoesNotContain("| a | b |", markdown, StringComparison.Ordinal);
        Assert.Contains("1.1 {#eerste.een} Een, zie artikel 3.", markdown, StringComparison.Ordinal);
        Assert.Contains("## Bijlage 1 {#bijlage-lijst} Lijst", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void AReferenceToAClauseNoTemplateWrites_StopsLoading_WithItsLocation()
    {
        Write("artikelen/derde", "## Artikel {{ artikel }} Derde\n\n{{ lid \"slot\" }} Zie {{ verwijzing \"bestaat-niet\" }}.\n");

        var failure = Assert.Throws<TemplateSetException>(() => TemplateSet.Load(folder.FullName));

        Assert.Contains(failure.Problems, p => p.StartsWith(Path.Combine("artikelen", "derde.scriban") + "(3,", StringComparison.Ordinal)
            && p.Contains("'bestaat-niet'", StringComparison.Ordinal));
    }

    [Fact]
    public void AReferenceToAConditionalArticleThatIsLeftOut_FailsTheRender_InDutch()
    {
        Write("artikelen/tweede", "## Artikel {{ artikel }} Tweede\n\n{{ lid \"twee\" }} Zie {{ verwijzing \"eerste\" }}.\n\n{{ lid \"drie\" }} Drie.\n");

        var failure = Assert.Throws<AgreementRenderException>(() => Render(first: false));

        Assert.Contains("de verwijzing naar 'eerste'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMemberOutsideAnArticle_OrWithAnInvalidName_IsATemplateError()
    {
        Write("bijlagen/lijst", "## Bijlage {{ bijlage }} Lijst\n\n{{ lid \"los\" }} Los.\n");
        Assert.Throws<AgreementRenderException>(() => Render(first: false));

        Write("bijlagen/lijst", "## Bijlage {{ bijlage }} Lijst\n");
        Write("artikelen/derde", "## Artikel {{ artikel }} Derde\n\n{{ lid \"Hoofdletter\" }} X.\n");
        var failure = Assert.Throws<TemplateSetException>(() => TemplateSet.Load(folder.FullName));
        Assert.Contains(failure.Problems, p => p.Contains("'Hoofdletter' kan geen naam van een lid zijn", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSameClauseWrittenTwice_IsATemplateError()
    {
        Write(TemplateSet.MainTemplate, "# Titel\n\n{{ include \"artikelen/tweede\" }}\n{{ include \"artikelen/tweede\" }}\n{{ include \"artikelen/derde\" }}\n{{ include \"bijlagen/lijst\" }}\n");

        var failure = Assert.Throws<AgreementRenderException>(() => Render(first: false));

        Assert.Contains("'tweede' staat twee keer", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePreview_GivesEveryClauseItsIdAsAnAnchor()
    {
        var html = AgreementPreview.ToHtml(Render(first: false));

        Assert.Contains("<h2 id=\"tweede\">Artikel 1 Tweede</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"lid\" id=\"tweede.drie\"><span class=\"lidnummer\">1.2</span> Drie", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"bijlage-lijst\">Bijlage 1 Lijst</h2>", html, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Delete(recursive: true);
}
