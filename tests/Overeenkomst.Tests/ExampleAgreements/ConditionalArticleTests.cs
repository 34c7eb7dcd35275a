using System.Text.Json.Nodes;
using Overeenkomst.Tests.Questionnaire;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.ExampleAgreements;

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
    public void EmploymentArticle_OnlyWhenAProgrammeUsesBblOrDuaal()
    {
        Assert.Contains("Studenten in dienst", Render("alliade-friesland-college-bbl-leerafdeling"), StringComparison.Ordinal);
        Assert.DoesNotContain("Studenten in dienst", Render("laurens-albeda"), StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessingAgreement_IsAnAnnex_OnlyWhenOnePartyProcessesForAnother()
    {
        Assert.Contains("{#bijlage-verwerkersovereenkomst} Verwerkersovereenkomst", Render("erasmusmc-zadkine-hogeschool-rotterdam"), StringComparison.Ordinal);
        Assert.DoesNotContain("Verwerkersovereenkomst", Render("laurens-albeda"), StringComparison.Ordinal);
    }

    [Fact]
    public void ResearchArticle_OnlyWhenALectoraatOrPractoraatTakesPart_TitledForWhoTakesPart()
    {
        Assert.Contains("{#lectoraat-en-practoraat} Lectoraat", Render("erasmusmc-zadkine-hogeschool-rotterdam"), StringComparison.Ordinal);
        Assert.Contains("{#lectoraat-en-practoraat} Practoraat", Render("alliade-friesland-college-bbl-leerafdeling"), StringComparison.Ordinal);
        Assert.DoesNotContain("{#lectoraat-en-practoraat}", Render("laurens-albeda"), StringComparison.Ordinal);
    }

    [Fact]
    public void OptionalListsLeftOut_StillGiveACompleteAgreement()
    {
        var markdown = Render("laurens-albeda", a =>
        {
            a.Remove("faciliteiten");
            a.Remove("mijlpalen");
            a.Remove("evaluatiemomenten");
            // Without evaluation moments there is nothing to base a decision on going on: an agreement that just ends.
            a["verlenging"] = "geen verlenging";
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

        Assert.Contains("artikel 7:658 lid 4 BW", markdown, StringComparison.Ordinal);
        Assert.Contains("artikel 7:658 lid 1 BW", markdown, StringComparison.Ordinal);
        Assert.Contains("artikel 6:170 BW", markdown, StringComparison.Ordinal);
        Assert.Contains("artikel 7:457 BW", markdown, StringComparison.Ordinal);
        Assert.Contains("artikel 88 van de Wet BIG", markdown, StringComparison.Ordinal);
        Assert.Contains("artikel 7.2.8 WEB", markdown, StringComparison.Ordinal);
        Assert.Contains("artikel 26 AVG", markdown, StringComparison.Ordinal);
        Assert.Contains("artikel 28 AVG", markdown, StringComparison.Ordinal);
        Assert.Contains("Nederlands recht van toepassing", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetAnnex_ShowsTotalsAndEachPartysShare()
    {
        var markdown = Render("regio-amsterdam-west-leerhuis");

        Assert.Contains("| HvA | €\u00A058.600,00 | €\u00A00,00 | 27,0\u00A0% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **Totaal per Studiejaar** | | **€\u00A0202.000,00** | €\u00A048.000,00 | €\u00A048.000,00 | €\u00A047.400,00 | €\u00A058.600,00 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| **Totaal eenmalig** | | **€\u00A015.000,00** | €\u00A06.000,00 | €\u00A06.000,00 | €\u00A03.000,00 | €\u00A00,00 |", markdown, StringComparison.Ordinal);
    }
}
