using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering;
using Overeenkomst.Rendering.Clauses;

namespace Overeenkomst.Tests.Support;

/// <summary>
/// Two versions of an example, as a review round makes them: version 1 from the example's answers, version 2 with a few
/// answers changed (the workplace's name, a representative, a meeting's frequency, whether a signatory signs by power
/// of attorney, which brings the annex of powers in or takes it out) and two clause edits — a whole article and a member of another — picked from version 1 when the test runs.
/// </summary>
public sealed record ExampleVersions(Answers OlderAnswers, Answers NewerAnswers, IReadOnlyDictionary<string, string> Edits,
    RenderedAgreement Older, RenderedAgreement Newer, string EditedArticle, string EditedMember)
{
    /// <summary>When version 2 was made.</summary>
    public static readonly DateTimeOffset NewerTime = TestTemplates.FixedTime.AddDays(14);

    /// <summary>The article edit's text: two members, the second with a list.</summary>
    public const string ArticleText = "Partijen stemmen dit onderwerp jaarlijks af in het bestuurlijk overleg.\n\nDe afspraken worden schriftelijk vastgelegd:\n- in een verslag;\n- in een actielijst.";

    /// <summary>The member edit's text.</summary>
    public const string MemberText = "Partijen leggen deze afspraak vast in een aparte brief.";

    public static ExampleVersions Of(string example)
    {
        var olderAnswers = TestTemplates.Example(example);
        var older = TestTemplates.Compose(olderAnswers, TestTemplates.Draft(1));
        var articles = ClauseReader.Read(older.Markdown).Where(clause => clause.Kind == ClauseKind.Article).ToList();
        var article = articles[2].Id;
        var member = ClauseReader.Read(older.Markdown).First(clause => clause.Kind == ClauseKind.Member && ClauseIds.ArticleOf(clause.Id) == articles[4].Id).Id;
        var edits = new Dictionary<string, string>(StringComparer.Ordinal) { [article] = ArticleText, [member] = MemberText };

        var answers = JsonNode.Parse(TestTemplates.ExampleJson(example))!.AsObject();
        answers["naam_leerwerkplek"] = answers["naam_leerwerkplek"]!.GetValue<string>() + " Zuid";
        // A signatory who signs by power of attorney brings the annex of powers in; with none left, it goes.
        var parties = answers["partijen"]!.AsArray();
        var byPowerOfAttorney = parties.Any(party => (string?)party!["bevoegdheid"] is "een volmacht" or "een mandaatbesluit");
        foreach (var party in parties.Take(byPowerOfAttorney ? parties.Count : 1))
        {
            party!["bevoegdheid"] = byPowerOfAttorney ? "de statuten of een reglement" : "een volmacht";
        }

        answers["partijen"]![0]!["vertegenwoordiger_naam"] = "mevrouw mr. A. de Wit";
        answers["overleggen"]![0]!["frequentie"] = "Vier keer per jaar";
        var newerAnswers = Answers.Parse(answers.ToJsonString()).Answers!;
        var newer = TestTemplates.Compose(newerAnswers, RenderOptions.Draft(2, NewerTime, "Test Jurist") with { Edits = edits });
        return new ExampleVersions(olderAnswers, newerAnswers, edits, older, newer, article, member);
    }
}
