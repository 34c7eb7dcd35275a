using System.Text.Json.Nodes;
using Overeenkomst.Tests.Questionnaire;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.Agreement;

public class ConditionalArticleTests
{
    private static string Render(string example, Action<JsonObject>? change = null)
    {
        var answers = TestQuestionnaire.ExampleObject(example);
        change?.Invoke(answers);
        var (markdown, errors) = TestQuestionnaire.Composer.ComposeMarkdown(TestQuestionnaire.Parse(answers));
        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.QuestionId}: {e.Message}")));
        return markdown!;
    }

    [Fact]
    public void BblArticle_OnlyWhenAProgrammeUsesBbl()
    {
        Assert.Contains("Studenten in de beroepsbegeleidende leerweg", Render("alliade-friesland-college-bbl-leerafdeling"), StringComparison.Ordinal);
        Assert.DoesNotContain("beroepsbegeleidende leerweg", Render("laurens-albeda"), StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessingArticle_OnlyWhenOnePartyProcessesForAnother()
    {
        Assert.Contains("Verwerking in opdracht", Render("erasmusmc-zadkine-hogeschool-rotterdam"), StringComparison.Ordinal);
        Assert.DoesNotContain("Verwerking in opdracht", Render("laurens-albeda"), StringComparison.Ordinal);
    }

    [Fact]
    public void ResearchArticle_OnlyWhenALectoraatOrPractoraatTakesPart()
    {
        Assert.Contains("Lectoraat en practoraat", Render("erasmusmc-zadkine-hogeschool-rotterdam"), StringComparison.Ordinal);
        Assert.Contains("het practoraat Zorg en Technologie", Render("alliade-friesland-college-bbl-leerafdeling"), StringComparison.Ordinal);
        Assert.DoesNotContain("Lectoraat en practoraat", Render("laurens-albeda"), StringComparison.Ordinal);
    }

    [Fact]
    public void QualityAnnex_OnlyWhenAskedFor()
    {
        Assert.Contains("Bijlage 5 {#bijlage-kwaliteitstoets} Kwaliteitstoets", Render("laurens-albeda"), StringComparison.Ordinal);
        Assert.DoesNotContain("Kwaliteitstoets", Render("laurens-albeda", a => a["kwaliteitstoets_opnemen"] = false), StringComparison.Ordinal);
    }

    [Fact]
    public void OptionalListsLeftOut_StillGiveACompleteAgreement()
    {
        var markdown = Render("laurens-albeda", a =>
        {
            a.Remove("faciliteiten");
            a.Remove("mijlpalen");
            a.Remove("evaluatiemomenten");
            a.Remove("knelpunten");
            a.Remove("externe_financiering");
        });

        Assert.Contains("Iedere Partij stelt de voorzieningen beschikbaar", markdown, StringComparison.Ordinal);
        Assert.Contains("Partijen stellen binnen drie maanden na de ingangsdatum mijlpalen en evaluatiemomenten vast", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Evaluatiemomenten:", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticlesLeftOut_LeaveNoGapInTheNumbering()
    {
        var markdown = Render("laurens-albeda");
        var numbers = markdown.Split('\n').Where(l => l.StartsWith("## Artikel ", StringComparison.Ordinal))
            .Select(l => int.Parse(l.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }

    [Fact]
    public void LegalClauses_NameTheStatutesAJuristLooksFor()
    {
        var markdown = Render("regio-amsterdam-west-leerhuis");

        Assert.Contains("artikel 7:658 lid 4 van het Burgerlijk Wetboek", markdown, StringComparison.Ordinal);
        Assert.Contains("artikel 6:170 van het Burgerlijk Wetboek", markdown, StringComparison.Ordinal);
        Assert.Contains("artikel 88 van de Wet op de beroepen in de individuele gezondheidszorg", markdown, StringComparison.Ordinal);
        Assert.Contains("Nederlands recht van toepassing", markdown, StringComparison.Ordinal);
        Assert.Contains("tot het einde van hun opleiding daar blijven leren", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetAnnex_ShowsTotalsAndEachPartysShare()
    {
        var markdown = Render("regio-amsterdam-west-leerhuis");

        Assert.Contains("| HvA | €\u00A058.600,00 | 27\u00A0% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **Totaal** | **€\u00A0217.000,00** | €\u00A054.000,00 | €\u00A054.000,00 | €\u00A050.400,00 | €\u00A058.600,00 |", markdown, StringComparison.Ordinal);
    }
}
