using System.Text.RegularExpressions;
using Overeenkomst.Tests.Questionnaire;

namespace Overeenkomst.Tests.LegalText;

/// <summary>
/// The legal layer asks what the law needs and no more: an ordinary two-party mbo case sees at most 15 of the questions
/// version 2 of the questionnaire added for it (issue 14's budget); fixed law is text, not a question.
/// </summary>
public sealed partial class NewQuestionsBudgetTests
{
    /// <summary>The questions version 2 added for the legal layer, by their path in the definition.</summary>
    private static readonly string[] AddedForTheLegalLayer =
    [
        "partijen.verstuurt_facturen", "partijen.bevoegdheid", "partijen.tweede_vertegenwoordiger",
        "partijen.vertegenwoordiger2_naam", "partijen.vertegenwoordiger2_functie", "partijen.email_domeinen",
        "minderjarigen", "bbl_rotatie", "detachering", "detacheringen", "detacheringen.van", "detacheringen.naar",
        "detacheringen.functie", "detacheringen.uren_per_week", "detacheringen.kosten", "onderzoek_met_clienten",
        "begroting.soort", "monitoring_gegevens", "monitoring_verantwoordelijke", "studentenverzekering",
        "indirecte_schade_uitgesloten", "aansprakelijkheid_beperkt", "aansprakelijkheid_maximum", "vog_kosten",
        "verwerking_gegevens", "verwerking_betrokkenen", "subverwerkers",
    ];

    [Fact]
    public void An_ordinary_two_party_mbo_case_sees_at_most_fifteen_new_questions()
    {
        var visible = TestQuestionnaire.Checker.Check(TestQuestionnaire.Parse(TestQuestionnaire.ExampleObject("laurens-albeda")))
            .Validation.VisibleQuestionIds.Select(path => RowNumber().Replace(path, "")).ToHashSet(StringComparer.Ordinal);

        var asked = AddedForTheLegalLayer.Where(visible.Contains).ToList();

        Assert.True(asked.Count <= 15, $"{asked.Count} nieuwe vragen: {string.Join(", ", asked)}");
        Assert.NotEmpty(asked);
    }

    [Fact]
    public void Every_question_counted_here_exists()
    {
        Assert.All(AddedForTheLegalLayer, path => Assert.True(TestQuestionnaire.Definition.ByPath.ContainsKey(path), path));
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex RowNumber();
}
