using System.Text.Json.Nodes;
using Overeenkomst.Quality;

namespace Overeenkomst.Tests.Quality;

/// <summary>Every rule met, not met and unknown, with the figure that decided it in the explanation.</summary>
public class QualityRuleTests
{
    private const string Mbo4 = """{ "naam": "MBO-Verpleegkundige", "soort_onderwijs": "mbo", "code": "25655", "niveau": "4", "leerweg": "BOL" }""";
    private const string Hbo6 = """{ "naam": "Verpleegkunde", "soort_onderwijs": "hbo", "code": "34560", "niveau": "6", "leerweg": "voltijd" }""";
    private const string Bbl3 = """{ "naam": "Verzorgende-IG", "soort_onderwijs": "mbo", "code": "25656", "niveau": "3", "leerweg": "BBL" }""";
    private const string NoCode = """{ "naam": "Helpende Zorg en Welzijn", "soort_onderwijs": "mbo", "code": null, "niveau": "2", "leerweg": "BOL" }""";
    private const string HboDuaal = """{ "naam": "Verpleegkunde", "soort_onderwijs": "hbo", "code": "34560", "niveau": "6", "leerweg": "duaal" }""";
    private const string HboDeeltijd = """{ "naam": "Verpleegkunde", "soort_onderwijs": "hbo", "code": "34560", "niveau": "6", "leerweg": "deeltijd" }""";

    // The same programme twice, spelled differently and without a code: one programme, not the mix the research asks for.
    private const string MboVBol = """{ "naam": "MBO-Verpleegkundige", "soort_onderwijs": "mbo", "niveau": "4", "leerweg": "BOL" }""";
    private const string MboVBbl = """{ "naam": "mbo verpleegkundige", "soort_onderwijs": "mbo", "niveau": "4", "leerweg": "BBL" }""";
    private const string MboVBblWithCode = """{ "naam": "mbo verpleegkundige", "soort_onderwijs": "mbo", "code": "25655", "niveau": "4", "leerweg": "BBL" }""";

    // A term of four years with tacit renewal and six months' notice: the decision falls on 31 January 2030.
    private const string Term = """ "startdatum": "2026-08-01", "einddatum": "2030-07-31", "verlenging": "stilzwijgende verlenging met een jaar", "opzegtermijn_maanden": 6 """;
    private const string OneMilestone = """ "mijlpalen": [ { "datum": "2026-10-01" } ] """;

    public static TheoryData<string, string, QualityOutcome, string> Cases => new()
    {
        { "Q1", """{ "studenten_per_afdeling": 6 }""", QualityOutcome.Met, "6 studenten per afdeling; het onderzoek adviseert er minimaal 6." },
        { "Q1", """{ "studenten_per_afdeling": 4 }""", QualityOutcome.NotMet, "4 studenten per afdeling; het onderzoek adviseert er minimaal 6." },
        { "Q1", """{ "studenten_per_afdeling": null }""", QualityOutcome.Unknown, "nog niet (geldig) beantwoord: 'studenten_per_afdeling'." },
        { "Q2", $$"""{ "opleidingen": [ {{Mbo4}}, {{Hbo6}} ] }""", QualityOutcome.Met, "2 niveaus en 2 opleidingen, mbo en hbo samen: het ideaal" },
        { "Q2", $$"""{ "opleidingen": [ {{Bbl3}}, {{NoCode}} ] }""", QualityOutcome.Met, "2 niveaus en 2 opleidingen; het onderzoek adviseert ten minste twee niveaus of opleidingen, bij voorkeur mbo en hbo samen." },
        { "Q2", $$"""{ "opleidingen": [ {{Mbo4}} ] }""", QualityOutcome.NotMet, "1 niveau en 1 opleiding" },
        { "Q2", $$"""{ "opleidingen": [ {{MboVBol}}, {{MboVBbl}} ] }""", QualityOutcome.NotMet, "1 niveau en 1 opleiding (MBO-Verpleegkundige en mbo verpleegkundige zijn dezelfde opleiding);" },
        { "Q2", $$"""{ "opleidingen": [ {{Mbo4}}, {{MboVBblWithCode}} ] }""", QualityOutcome.NotMet, "1 niveau en 1 opleiding (MBO-Verpleegkundige en mbo verpleegkundige zijn dezelfde opleiding);" },
        { "Q2", """{ "opleidingen": [] }""", QualityOutcome.Unknown, "nog niet (geldig) beantwoord" },
        { "Q3", """{ "uren_gezamenlijk_onderwijs": 1.5, "uren_gezamenlijk_leren": 1, "uren_gezamenlijk_project": 1.5 }""", QualityOutcome.Met, "Per week 1,5 uur onderwijs, 1 uur leren en reflecteren en 1,5 uur projectwerk" },
        { "Q3", """{ "uren_gezamenlijk_onderwijs": 1.5, "uren_gezamenlijk_leren": 0.5, "uren_gezamenlijk_project": 1.5 }""", QualityOutcome.NotMet, "0,5 uur leren en reflecteren" },
        { "Q3", """{ "uren_gezamenlijk_onderwijs": 2 }""", QualityOutcome.Unknown, "beantwoord: 'uren_gezamenlijk_onderwijs', 'uren_gezamenlijk_leren' en 'uren_gezamenlijk_project'." },
        { "Q4", """{ "percentage_vaste_dienst": 85 }""", QualityOutcome.Met, "85\u00A0% van het team is in vaste dienst" },
        { "Q4", """{ "percentage_vaste_dienst": 76 }""", QualityOutcome.NotMet, "76\u00A0% van het team is in vaste dienst; het onderzoek adviseert minimaal 80\u00A0%." },
        { "Q4", "{}", QualityOutcome.Unknown, "nog niet (geldig) beantwoord" },
        { "Q5", $$"""{ "studenten_boventallig": true, "opleidingen": [ {{Mbo4}} ] }""", QualityOutcome.Met, "BOL-studenten zijn boventallig ingeroosterd." },
        { "Q5", $$"""{ "studenten_boventallig": false, "opleidingen": [ {{Bbl3}} ], "bbl_leer_en_innovatietijd": true, "bbl_leertijd_uren": 4 }""", QualityOutcome.Met, "BBL-studenten krijgen 4 uur leer- en innovatietijd per week." },
        { "Q5", $$"""{ "studenten_boventallig": true, "opleidingen": [ {{Hbo6}}, {{HboDuaal}} ], "bbl_leer_en_innovatietijd": true, "bbl_leertijd_uren": 2 }""", QualityOutcome.Met, "Voltijdstudenten zijn boventallig ingeroosterd; duale studenten krijgen 2 uur leer- en innovatietijd per week." },
        { "Q5", $$"""{ "opleidingen": [ {{HboDeeltijd}} ] }""", QualityOutcome.Met, "alleen deeltijdstudenten mee" },
        { "Q5", $$"""{ "studenten_boventallig": false, "opleidingen": [ {{Mbo4}}, {{Hbo6}} ] }""", QualityOutcome.NotMet, "BOL- en voltijdstudenten tellen mee in de formatie, terwijl het onderzoek adviseert hen boventallig in te roosteren." },
        { "Q5", $$"""{ "studenten_boventallig": true, "opleidingen": [ {{Mbo4}}, {{Bbl3}} ], "bbl_leer_en_innovatietijd": false }""", QualityOutcome.NotMet, "BOL-studenten zijn boventallig ingeroosterd; BBL-studenten krijgen geen leer- en innovatietijd, terwijl het onderzoek die voor studenten in dienst adviseert." },
        { "Q5", $$"""{ "studenten_boventallig": true, "opleidingen": [ {{HboDuaal}} ], "bbl_leer_en_innovatietijd": false }""", QualityOutcome.NotMet, "Duale studenten krijgen geen leer- en innovatietijd" },
        { "Q5", $$"""{ "opleidingen": [ {{Bbl3}} ], "bbl_leer_en_innovatietijd": true, "bbl_leertijd_uren": 0 }""", QualityOutcome.NotMet, "BBL-studenten krijgen geen leer- en innovatietijd" },
        { "Q5", $$"""{ "studenten_boventallig": true, "opleidingen": [ {{Bbl3}} ] }""", QualityOutcome.Unknown, "nog niet (geldig) beantwoord" },
        { "Q5", """{ "studenten_boventallig": true }""", QualityOutcome.Unknown, "nog niet (geldig) beantwoord: 'opleidingen'." },
        { "Q6", $$"""{ "opleidingen": [ {{Hbo6}} ], "lectoraat_betrokken": true }""", QualityOutcome.Met, "Een lectoraat is betrokken bij de hbo-opleiding." },
        { "Q6", $$"""{ "opleidingen": [ {{Mbo4}}, {{Hbo6}} ], "lectoraat_betrokken": true, "practoraat_betrokken": true }""", QualityOutcome.Met, "zowel een lectoraat als een practoraat is betrokken" },
        { "Q6", $$"""{ "opleidingen": [ {{Mbo4}}, {{Hbo6}} ], "lectoraat_betrokken": true, "practoraat_betrokken": false }""", QualityOutcome.NotMet, "een lectoraat is betrokken, maar geen practoraat. Het onderzoek adviseert dan beide" },
        { "Q6", $$"""{ "opleidingen": [ {{Mbo4}} ], "practoraat_betrokken": false, "lectoraat_betrokken": true }""", QualityOutcome.NotMet, "Er is geen practoraat betrokken; bij een mbo-opleiding adviseert het onderzoek er een te betrekken." },
        { "Q6", $$"""{ "opleidingen": [ {{Mbo4}}, {{Hbo6}} ], "lectoraat_betrokken": true }""", QualityOutcome.Unknown, "nog niet (geldig) beantwoord" },
        { "Q6", """{ "lectoraat_betrokken": true }""", QualityOutcome.Unknown, "nog niet (geldig) beantwoord: 'opleidingen'." },
        { "Q7", """{ "rollen": [ { "rol": "docent", "partij": "Albeda" } ], "bekostigingsmodel": "ieder draagt de eigen kosten" }""", QualityOutcome.Met, "Ieder draagt de eigen kosten, dus de partij die de rol levert, betaalt die zelf." },
        { "Q7", """{ "rollen": [ { "rol": "docent", "partij": "Albeda" }, { "rol": "werkbegeleider", "partij": "Laurens" }, { "rol": "praktijkopleider", "partij": "Laurens" } ], "bekostigingsmodel": "ieder draagt de eigen kosten" }""", QualityOutcome.Met, "Ieder draagt de eigen kosten, dus elke partij betaalt zelf de rollen die zij levert (3 rollen in totaal)." },
        { "Q7", """{ "rollen": [ { "rol": "docent", "partij": "Albeda" }, { "rol": "werkbegeleider", "partij": "Laurens" } ], "bekostigingsmodel": "een combinatie van beide", "begroting": [ { "post": "Docent", "verdeling": [ { "partij": "Albeda", "aandeel": 60 }, { "partij": "Laurens", "aandeel": 40 } ] } ] }""", QualityOutcome.Met, "Beide rollen worden geleverd door een partij die een aandeel in de begroting draagt." },
        { "Q7", """{ "rollen": [ { "rol": "docent", "partij": "Albeda" }, { "rol": "werkbegeleider", "partij": "Laurens" } ], "bekostigingsmodel": "kosten worden gedeeld naar een verdeelsleutel", "begroting": [ { "post": "Werkbegeleiding", "verdeling": [ { "partij": "Laurens", "aandeel": 100 } ] } ] }""", QualityOutcome.NotMet, "De rol docent (Albeda) wordt geleverd door een partij die in de enige kostenpost geen aandeel draagt. Met het bekostigingsmodel 'kosten worden gedeeld naar een verdeelsleutel' blijkt dan nergens wie deze inzet betaalt; neem haar op in de begroting." },
        { "Q7", """{ "rollen": [ { "rol": "docent", "partij": "Albeda" }, { "rol": "lector", "partij": "Albeda" } ], "bekostigingsmodel": "een combinatie van beide", "begroting": [ { "post": "Lokaal", "verdeling": [ { "partij": "Laurens", "aandeel": 100 }, { "partij": "Albeda", "aandeel": 0 } ] }, { "post": "Wifi", "verdeling": [ { "partij": "Laurens", "aandeel": 100 } ] } ] }""", QualityOutcome.NotMet, "De rollen docent (Albeda) en lector (Albeda) worden geleverd door een partij die bij geen van de 2 kostenposten een aandeel draagt." },
        { "Q7", """{ "rollen": [ { "rol": "docent", "partij": "Albeda" } ], "bekostigingsmodel": "een combinatie van beide" }""", QualityOutcome.Unknown, "nog niet (geldig) beantwoord: 'begroting'." },
        { "Q7", """{ "bekostigingsmodel": "ieder draagt de eigen kosten" }""", QualityOutcome.Unknown, "nog niet (geldig) beantwoord: 'rollen' en 'bekostigingsmodel'." },
        { "Q8", """{ "medewerker_op_of_boven_niveau": true }""", QualityOutcome.Met, "Er werkt ten minste één medewerker" },
        { "Q8", """{ "medewerker_op_of_boven_niveau": false }""", QualityOutcome.NotMet, "Er werkt geen medewerker" },
        { "Q8", "{}", QualityOutcome.Unknown, "nog niet (geldig) beantwoord" },
        { "Q9", """{ "docent_uren_op_locatie": 8 }""", QualityOutcome.Met, "De docent is 8 uur per week op de locatie; het onderzoek noemt minimaal 8 uur." },
        { "Q9", """{ "docent_uren_op_locatie": 6 }""", QualityOutcome.NotMet, "De docent is 6 uur per week op de locatie" },
        { "Q9", "{}", QualityOutcome.Unknown, "nog niet (geldig) beantwoord" },
        { "Q10", """{ "rollen": [ { "partij": "Laurens" } ], "projectleider_naam": "Fatima el Amrani" }""", QualityOutcome.Met, "projectleider is Fatima el Amrani" },
        { "Q10", """{ "rollen": [ { "partij": "Laurens" } ], "projectleider_naam": null }""", QualityOutcome.NotMet, "er is geen projectleider benoemd" },
        { "Q10", """{ "rollen": [] }""", QualityOutcome.Unknown, "nog niet (geldig) beantwoord" },
        { "Q11", """{ "faciliteiten": [ { "voorziening": "leslokaal" }, { "voorziening": "computers" }, { "voorziening": "beamer" }, { "voorziening": "flip-over" } ] }""", QualityOutcome.Met, "Leslokaal, computers, beamer en flip-over zijn geregeld." },
        { "Q11", """{ "faciliteiten": [ { "voorziening": "leslokaal" } ] }""", QualityOutcome.NotMet, "Niet geregeld: computers, beamer, flip-over." },
        { "Q11", """{ "faciliteiten": [] }""", QualityOutcome.NotMet, "Niet geregeld: leslokaal, computers, beamer, flip-over." },
        { "Q11", "{}", QualityOutcome.Unknown, "beantwoord: 'faciliteiten'." },
        { "Q12", """{ "voorlichting": true }""", QualityOutcome.Met, "voorgelicht" },
        { "Q12", """{ "voorlichting": false }""", QualityOutcome.NotMet, "geen voorlichting" },
        { "Q12", "{}", QualityOutcome.Unknown, "nog niet (geldig) beantwoord" },
        { "Q13", """{ "intervisie": true }""", QualityOutcome.Met, "Er is intervisie" },
        { "Q13", """{ "intervisie": false }""", QualityOutcome.NotMet, "Er is geen intervisie afgesproken." },
        { "Q13", "{}", QualityOutcome.Unknown, "nog niet (geldig) beantwoord" },
        { "Q14", """{ "kennisdeling_intern": true, "kennisdeling_extern": true }""", QualityOutcome.Met, "intern en extern gedeeld" },
        { "Q14", """{ "kennisdeling_intern": true, "kennisdeling_extern": false }""", QualityOutcome.NotMet, "alleen intern" },
        { "Q14", """{ "kennisdeling_intern": true }""", QualityOutcome.Unknown, "nog niet (geldig) beantwoord" },
        { "Q15", $$"""{ "opleidingen": [ {{Mbo4}}, {{Hbo6}} ] }""", QualityOutcome.Met, "Beide opleidingen hebben een CREBO- of CROHO-code." },
        { "Q15", $$"""{ "opleidingen": [ {{Mbo4}}, {{NoCode}} ] }""", QualityOutcome.NotMet, "Zonder CREBO- of CROHO-code: Helpende Zorg en Welzijn." },
        { "Q15", "{}", QualityOutcome.Unknown, "nog niet (geldig) beantwoord" },
        { "Q16", $$"""{ {{Term}}, {{OneMilestone}}, "evaluatiemomenten": [ { "datum": "2029-12-01" }, { "datum": "2027-06-30" } ] }""", QualityOutcome.Met, "1 mijlpaal en 2 evaluatiemomenten gepland, alle binnen de looptijd (1 augustus 2026 tot en met 31 juli 2030); de eerste evaluatie (30 juni 2027) valt vóór het beslismoment over voortzetting (31 januari 2030)." },
        { "Q16", $$"""{ {{Term.Replace("stilzwijgende verlenging met een jaar", "geen verlenging", StringComparison.Ordinal)}}, {{OneMilestone}}, "evaluatiemomenten": [ { "datum": "2030-06-01" } ] }""", QualityOutcome.Met, "1 mijlpaal en 1 evaluatiemoment gepland, alle binnen de looptijd (1 augustus 2026 tot en met 31 juli 2030)." },
        { "Q16", $$"""{ {{Term}}, {{OneMilestone}}, "evaluatiemomenten": [] }""", QualityOutcome.NotMet, "1 mijlpaal en 0 evaluatiemomenten gepland; bouwsteen 4 vraagt beide vooraf te plannen." },
        { "Q16", $$"""{ {{Term}}, "mijlpalen": [ { "datum": "2030-09-01" } ], "evaluatiemomenten": [ { "datum": "2027-06-30" } ] }""", QualityOutcome.NotMet, "1 mijlpaal en 1 evaluatiemoment gepland; 1 daarvan valt buiten de looptijd (1 augustus 2026 tot en met 31 juli 2030)." },
        { "Q16", $$"""{ {{Term}}, {{OneMilestone}}, "evaluatiemomenten": [ { "datum": "2030-03-01" } ] }""", QualityOutcome.NotMet, "1 mijlpaal en 1 evaluatiemoment gepland, maar geen evaluatie valt vóór het beslismoment over voortzetting (31 januari 2030): de partijen beslissen dan zonder evaluatie." },
        { "Q16", """{ "mijlpalen": [ {} ], "evaluatiemomenten": [ {}, {} ] }""", QualityOutcome.Unknown, "beantwoord: 'startdatum' en 'einddatum'." },
        { "Q16", "{}", QualityOutcome.Unknown, "beantwoord: 'mijlpalen' en 'evaluatiemomenten'." },
        { "Q17", """{ "scholing_werkbegeleiders": true, "scholing_docenten": true }""", QualityOutcome.Met, "geregeld voor werkbegeleiders en docenten" },
        { "Q17", """{ "scholing_werkbegeleiders": true, "scholing_docenten": false }""", QualityOutcome.NotMet, "niet voor docenten" },
        { "Q17", """{ "scholing_docenten": true }""", QualityOutcome.Unknown, "nog niet (geldig) beantwoord" },
        { "Q18", """{ "leren_in_keten": true }""", QualityOutcome.Met, "keten van zorgsettings" },
        { "Q18", """{ "leren_in_keten": false }""", QualityOutcome.NotMet, "Een ideaal, geen minimum: studenten leren in één setting." },
        { "Q18", "{}", QualityOutcome.Unknown, "nog niet (geldig) beantwoord" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule_JudgesTheAnswers_AndExplainsWithTheDecidingFigure(string rule, string answers, QualityOutcome outcome, string explanation)
    {
        var finding = new QualityCheck().Run(JsonNode.Parse(answers)!.AsObject()).Single(f => f.RuleId == rule);

        Assert.Equal(outcome, finding.Outcome);
        Assert.Contains(explanation, finding.Explanation, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(finding.Source));
    }

    [Fact]
    public void EveryRule_HasMetNotMetAndUnknownCases()
    {
        var covered = Cases.Select(row => ((string)row[0], (QualityOutcome)row[2])).ToHashSet();

        foreach (var id in Enumerable.Range(1, 18).Select(n => $"Q{n}"))
        {
            Assert.Contains((id, QualityOutcome.Met), covered);
            Assert.Contains((id, QualityOutcome.NotMet), covered);
            Assert.Contains((id, QualityOutcome.Unknown), covered);
        }
    }

    [Fact]
    public void Check_GivesAllEighteenRules_InOrder_WithDutchOutcomeWords()
    {
        var findings = new QualityCheck().Run([]);

        Assert.Equal(Enumerable.Range(1, 18).Select(n => $"Q{n}"), findings.Select(f => f.RuleId));
        Assert.All(findings, f => Assert.Contains(f.OutcomeText, new[] { "voldaan", "niet voldaan", "onbekend" }));
    }

    [Fact]
    public void HiddenAnswers_DoNotCountForTheQualityCheck()
    {
        var answers = Questionnaire.TestQuestionnaire.ExampleObject("laurens-albeda");
        answers["lectoraat_betrokken"] = true; // hidden: Laurens has no hbo programme

        var findings = Questionnaire.TestQuestionnaire.Checker.Check(Questionnaire.TestQuestionnaire.Parse(answers)).Findings;

        Assert.Equal(QualityOutcome.NotMet, findings.Single(f => f.RuleId == "Q6").Outcome);
    }
}
