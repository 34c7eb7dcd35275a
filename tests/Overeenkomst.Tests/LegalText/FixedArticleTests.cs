using System.Text.RegularExpressions;
using Overeenkomst.Rendering.Clauses;
using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.LegalText;

/// <summary>The fixed articles read as a jurist would write them, in every example (issue "A contract a jurist signs", item 1).</summary>
public partial class FixedArticleTests
{
    public static TheoryData<string> Examples => TestTemplates.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Confidentiality_RestsOnTheWgboAndArticle88WetBig_BindsStudentsByAStatement_WithTheUsualExceptions(string name)
    {
        var example = RenderedExamples.Get(name);
        var text = example.Clauses.Single(c => c.Id == "geheimhouding").Markdown;

        Assert.Contains("artikel 7:457 BW", text, StringComparison.Ordinal);
        Assert.Contains("artikel 88 van de Wet BIG", text, StringComparison.Ordinal);
        Assert.Contains("ingeschreven in het BIG-register of niet", text, StringComparison.Ordinal);
        Assert.Contains("Iedere Student en iedere Docent tekent vóór zijn eerste werkdag", text, StringComparison.Ordinal);
        Assert.Contains("Iedere Partij legt die plicht op aan haar medewerkers", text, StringComparison.Ordinal);
        Assert.Contains("Inspectie Gezondheidszorg en Jeugd", text, StringComparison.Ordinal);
        Assert.Contains("Inspectie van het Onderwijs", text, StringComparison.Ordinal);
        Assert.Contains("openbaar", text, StringComparison.Ordinal);
        Assert.Contains("adviseurs", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Liability_AllocatesBetweenTheParties_WithRecourse_AndNoIndemnityThatRepeatsTheCarveOut(string name)
    {
        var example = RenderedExamples.Get(name);
        var text = example.Clauses.Single(c => c.Id == "aansprakelijkheid-en-verzekering").Markdown;

        Assert.Contains("artikel 7:658 lid 4 BW", text, StringComparison.Ordinal);
        Assert.Contains("artikel 6:170 BW", text, StringComparison.Ordinal);
        Assert.Equal(example.HasRoute("BBL") || example.HasRoute("duaal"), text.Contains("artikel 7:658 lid 1 BW", StringComparison.Ordinal));
        Assert.Contains("De Onderwijsinstelling is aansprakelijk voor haar Docenten", text, StringComparison.Ordinal);
        Assert.Contains("verhalen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("vrijwaart", text, StringComparison.Ordinal);
        Assert.Equal(example.Yes("indirecte_schade_uitgesloten"), example.Has("aansprakelijkheid-en-verzekering.indirecte-schade"));
        Assert.Equal((string?)example.Answers["aansprakelijkheid_beperkt"] != "niet beperkt", example.Has("aansprakelijkheid-en-verzekering.maximum"));
        Assert.Contains(example.Yes("studentenverzekering") ? "vullen de verzekering van de Zorgorganisatie aan" : "heeft geen collectieve verzekering", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void RunOff_IsBounded_NotAfterBankruptcyOrBreach_WithItsFunding_AndTheSchoolFindsAnotherPlace(string name)
    {
        var text = RenderedExamples.Get(name).Clauses.Single(c => c.Id == "afbouw").Markdown;

        Assert.Matches("afmaken tot het einde van het Studiejaar", text);
        Assert.DoesNotContain("tot het einde van hun opleiding", text, StringComparison.Ordinal);
        Assert.DoesNotContain("om welke reden ook", text, StringComparison.Ordinal);
        Assert.Contains("faillissement", text, StringComparison.Ordinal);
        Assert.Contains("wegens een tekortkoming", text, StringComparison.Ordinal);
        Assert.Contains("dragen Partijen de kosten", text, StringComparison.Ordinal);
        Assert.Contains("zoekt de Onderwijsinstelling voor hem", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void WithThreeOrMoreParties_OnePartyLeavingEndsNothingBetweenTheOthers_ByEveryRoute(string name)
    {
        var example = RenderedExamples.Get(name);

        if (example.Parties.Count > 2)
        {
            var text = example.Clause("looptijd-en-beeindiging.uittreden");
            Assert.Contains("door opzegging", text, StringComparison.Ordinal);
            Assert.Contains("door ontbinding", text, StringComparison.Ordinal);
            Assert.Equal((string?)example.Answers["verlenging"] != "geen verlenging", text.Contains("niet meewerkt aan een verlenging", StringComparison.Ordinal));
            Assert.Contains("blijft de Overeenkomst tussen de andere Partijen van kracht", text, StringComparison.Ordinal);

            // Not one party alone: it could take a school and its students out of everybody's agreement.
            Assert.StartsWith("De andere Partijen samen kunnen de Overeenkomst tegenover een Partij met onmiddellijke ingang schriftelijk beëindigen als die Partij:",
                example.Clause("looptijd-en-beeindiging.tussentijds"), StringComparison.Ordinal);
        }
        else
        {
            Assert.False(example.Has("looptijd-en-beeindiging.uittreden"));
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheQualityCheck_IsNeverPartOfTheContract_AndThePrecedenceListsOnlyTheAnnexesThatAreThere(string name)
    {
        var example = RenderedExamples.Get(name);
        var annexes = example.Clauses.Where(c => c.Kind == ClauseKind.Annex).ToList();
        var listed = example.Clause("slotbepalingen.bijlagen");

        Assert.DoesNotContain("Kwaliteitstoets", example.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(annexes.Select(a => $"Bijlage {a.Number}: {a.Title}"), Regex.Matches(listed, @"Bijlage \d+: [^;.]+").Select(m => m.Value));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryDefinedTermTheTextUses_IsDefined(string name)
    {
        var example = RenderedExamples.Get(name);
        var definitions = example.Clause("definities.begrippen");
        var body = example.Text[example.Text.IndexOf("## Artikel 2 ", StringComparison.Ordinal)..];
        string[] terms =
        [
            "Zorgorganisatie", "Onderwijsinstelling", "Studiejaar", "Overeenkomst", "Bestuurlijk overleg", "Coördinerend overleg",
            "Uitvoerend overleg", "BBL", "BOL", "Lectoraat", "Practoraat", "Praktijkovereenkomst", "Stageovereenkomst", "Duale Student",
            "Student", "Docent", "Werkbegeleider", "Praktijkopleider", "Projectleider", "Hybride leerwerkplek", "Bijlage",
        ];

        foreach (var term in terms.Where(term => Regex.IsMatch(body, $@"\b{term}\b")))
        {
            Assert.True(definitions.Contains($"**{term}**", StringComparison.Ordinal), $"{name}: '{term}' is used but not defined.");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryCrossReference_IsANumberThatExists(string name)
    {
        var example = RenderedExamples.Get(name);
        var articles = example.Clauses.Where(c => c.Kind == ClauseKind.Article).Select(c => c.Number).ToHashSet();
        var members = example.Clauses.Where(c => c.Kind == ClauseKind.Member).Select(c => c.Number).ToHashSet();
        var annexes = example.Clauses.Where(c => c.Kind == ClauseKind.Annex).Select(c => c.Number).ToHashSet();

        Assert.DoesNotMatch(@"het artikel [A-Z]", example.Text);
        foreach (Match reference in Regex.Matches(example.Text, @"(?<![\w.])(?:artikel|artikelen) (\d+)(?![.\d:])(?! (?:tot en met \d+ )?(?:van de|van het|BW|WEB|AVG|Auteurswet))"))
        {
            Assert.True(articles.Contains(reference.Groups[1].Value), $"{name}: '{reference.Value}' names no article.");
        }

        foreach (Match reference in Regex.Matches(example.Text, @"\b(?:lid|leden) (\d+\.\d+)"))
        {
            Assert.True(members.Contains(reference.Groups[1].Value), $"{name}: '{reference.Value}' names no member.");
        }

        foreach (Match reference in Regex.Matches(example.Text, @"Bijlage (\d+)"))
        {
            Assert.True(annexes.Contains(reference.Groups[1].Value), $"{name}: '{reference.Value}' names no annex.");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EachPartysResponsibilities_AreItsOwn_DrawnFromTheRolesItProvides(string name)
    {
        var example = RenderedExamples.Get(name);
        var text = example.Clause("rollen-en-verantwoordelijkheden.verantwoordelijkheden");

        foreach (var party in example.Parties)
        {
            Assert.Contains($"**{party["korte_naam"]}** is verantwoordelijk voor:", text, StringComparison.Ordinal);
        }

        var roles = example.Answers["rollen"]!.AsArray().Select(r => ((string)r!["rol"]!, (string)r["partij"]!)).ToList();
        if (roles.Any(r => r.Item1 == "praktijkopleider"))
        {
            Assert.Contains("de Praktijkopleider, die ook het leren op de werkplek organiseert", text, StringComparison.Ordinal);
        }

        Assert.Contains("de werving en selectie van haar Studenten", text, StringComparison.Ordinal);
        Assert.Contains("het eerste aanspreekpunt voor Studenten", text, StringComparison.Ordinal);
        Assert.Contains("het melden en afhandelen van incidenten", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void SituationVisionAndGoals_DescribeIntent_AndUserParagraphsAreIntroducedAsDescriptions(string name)
    {
        var example = RenderedExamples.Get(name);

        // Binding where they fix the locations (which the definition of the workplace names) or a duty to report.
        Assert.Contains("Zij scheppen geen afdwingbare verplichtingen, behalve waar zij de locaties van de Hybride leerwerkplek vastleggen of een Partij opdragen over een doel te rapporteren", example.Clause("aanleiding-en-visie.strekking"), StringComparison.Ordinal);
        Assert.DoesNotMatch(@", als volgt\.", example.Text);
        Assert.DoesNotMatch(@"\bals volgt\.\n", example.Text);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheComparitie_FollowsEachPartysLegalForm_AndNamesEverySignatoryWithTheirAuthority(string name)
    {
        var example = RenderedExamples.Get(name);
        var opening = example.Text[..example.Text.IndexOf("**Overwegende dat:**", StringComparison.Ordinal)];

        foreach (var party in example.Parties)
        {
            var line = opening.Split('\n').Single(l => l.Contains($"**{party["naam"]}**", StringComparison.Ordinal));
            var publicBody = (string?)party["rechtsvorm"] == "publiekrechtelijke rechtspersoon";
            Assert.Equal(!publicBody, line.Contains("statutair gevestigd te", StringComparison.Ordinal));
            Assert.Contains((string)party["vertegenwoordiger_naam"]!, line, StringComparison.Ordinal);
            if (party["tweede_vertegenwoordiger"] is System.Text.Json.Nodes.JsonValue second && second.GetValue<bool>())
            {
                Assert.Contains((string)party["vertegenwoordiger2_naam"]!, line, StringComparison.Ordinal);
                Assert.Contains("gezamenlijk", line, StringComparison.Ordinal);
            }

            var mandated = (string?)party["bevoegdheid"] is "een volmacht" or "een mandaatbesluit";
            Assert.Equal(mandated, line.Contains("aan deze Overeenkomst is gehecht", StringComparison.Ordinal));
        }

        Assert.Equal(example.Parties.Any(p => (string?)p["bevoegdheid"] is "een volmacht" or "een mandaatbesluit"), example.Has("bijlage-volmachten"));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Changes_SayWhatTheBoardMayDecide_AndWhatNeedsASignedAmendment_AndWhatHoldsWithoutANewBudget(string name)
    {
        var example = RenderedExamples.Get(name);

        Assert.Contains("Het Bestuurlijk overleg kan met instemming van alle Partijen", example.Clause("wijzigingen.bestuurlijk-overleg"), StringComparison.Ordinal);
        Assert.Contains("door alle Partijen is ondertekend", example.Clause("wijzigingen.ondertekening"), StringComparison.Ordinal);
        Assert.Contains("geldt de laatst vastgestelde begroting", example.Clause("bekostiging.jaarbegroting"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Money_SaysPerLineWhetherItIsYearlyOrOneOff_ExcludesVat_AndGivesTheIbanOfEveryPartyThatInvoices(string name)
    {
        var example = RenderedExamples.Get(name);
        var annex = example.Clause("bijlage-begroting");

        foreach (var line in example.Answers["begroting"]!.AsArray())
        {
            var kind = (string?)line!["soort"] == "eenmalig" ? "eenmalig" : "per Studiejaar";
            Assert.Contains($"| {line["post"]} | {kind} |", annex, StringComparison.Ordinal);
        }

        Assert.Contains("exclusief omzetbelasting (btw)", example.Clause("bekostiging.btw"), StringComparison.Ordinal);
        foreach (var party in example.Parties.Where(p => p["verstuurt_facturen"] is System.Text.Json.Nodes.JsonValue invoices && invoices.GetValue<bool>()))
        {
            Assert.Contains($"| {party["korte_naam"]} | NL", example.Clause("bekostiging.betaling"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Disputes_GoToMediationUnderNamedRules_WithTheCostSplit_ThenToTheChosenCourt(string name)
    {
        var example = RenderedExamples.Get(name);

        if (example.Yes("mediation"))
        {
            var mediation = example.Clause("geschillen.mediation");
            Assert.Contains("mediationreglement van de Mediatorsfederatie Nederland (MfN)", mediation, StringComparison.Ordinal);
            Assert.Contains("in gelijke delen", mediation, StringComparison.Ordinal);
        }

        Assert.Contains($"de rechtbank {example.Answers["geschillen_rechtbank"]}.", example.Clause("geschillen.rechter"), StringComparison.Ordinal);
    }

}
