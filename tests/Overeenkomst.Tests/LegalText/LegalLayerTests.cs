using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.LegalText;

/// <summary>The onderwijs- and zorgrecht layer appears where the answers call for it, in every example (item 2).</summary>
public class LegalLayerTests
{
    public static TheoryData<string> Examples => TestTemplates.Examples;

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryStudentHasAPerStudentAgreement_UnderTheRightLaw_AndThePrecedenceIsStated(string name)
    {
        var example = RenderedExamples.Get(name);
        var mbo = example.Programmes.Any(p => (string?)p["soort_onderwijs"] == "mbo");
        var hbo = example.Programmes.Any(p => (string?)p["soort_onderwijs"] == "hbo");

        Assert.Equal(mbo, example.Has("praktijkovereenkomsten.praktijkovereenkomst"));
        if (mbo)
        {
            // Only the routes that take part: "in de BOL en in de BBL" with both, nothing else named with one.
            Assert.Equal(example.HasRoute("BOL") && example.HasRoute("BBL"), example.Clause("praktijkovereenkomsten.praktijkovereenkomst").Contains("in de BOL en in de BBL", StringComparison.Ordinal));
            Assert.Contains("artikel 7.2.8 WEB", example.Clause("praktijkovereenkomsten.praktijkovereenkomst"), StringComparison.Ordinal);
            Assert.Contains("artikel 7.2.10 WEB", example.Clause("praktijkovereenkomsten.erkenning"), StringComparison.Ordinal);
        }

        Assert.Equal(hbo, example.Has("praktijkovereenkomsten.stageovereenkomst"));
        if (hbo)
        {
            Assert.Contains("onderwijs- en examenregeling", example.Clause("praktijkovereenkomsten.stageovereenkomst"), StringComparison.Ordinal);
        }

        Assert.Contains("Bij strijdigheid gaat voor de rechten en plichten van de Student", example.Clause("praktijkovereenkomsten.rangorde"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void CareLaw_VogReservedActsIncidentsAndCalamities_AndMinorsWhenLevelTwoOrThreeTakesPart(string name)
    {
        var example = RenderedExamples.Get(name);

        Assert.Contains("verklaring omtrent het gedrag (VOG)", example.Clause("veiligheid.vog"), StringComparison.Ordinal);
        Assert.Contains("de artikelen 35 tot en met 38 van de Wet op de beroepen in de individuele gezondheidszorg", example.Clause("veiligheid.voorbehouden-handelingen"), StringComparison.Ordinal);
        // One care organisation: its protocols are the one joint protocol; several: each one's, on its own wards.
        Assert.Contains(example.PartiesOfKind("zorgorganisatie") == 1 ? "het ene gezamenlijke instructieprotocol" : "het instructieprotocol van Partijen, op de afdelingen van die Zorgorganisatie",
            example.Clause("veiligheid.protocol"), StringComparison.Ordinal);
        Assert.Contains("(VIM of MIC)", example.Clause("veiligheid.incidenten"), StringComparison.Ordinal);
        Assert.Contains("Inspectie Gezondheidszorg en Jeugd", example.Clause("veiligheid.calamiteiten"), StringComparison.Ordinal);
        // Minors can take part in any mbo programme (on level 4 in its first year); the question's default is yes.
        var minors = example.HasMbo && (example.Answers["minderjarigen"] is null || example.Yes("minderjarigen"));
        Assert.Equal(minors, example.Has("minderjarigen"));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void PracticeAssessors_AreAppointedByTheExamCommittee_WhoKeepsTheirQuality(string name)
    {
        var example = RenderedExamples.Get(name);

        Assert.Contains("wijst de praktijkbeoordelaars aan", example.Clause("beoordeling.examencommissie"), StringComparison.Ordinal);
        Assert.Contains("kalibratie", example.Clause("beoordeling.kwaliteit"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void StudentsInEmployment_BblAndDuaalAlike_AndRotationAndSecondment_WhenTheAnswersSaySo(string name)
    {
        var example = RenderedExamples.Get(name);
        var employed = example.HasRoute("BBL") || example.HasRoute("duaal");

        Assert.Equal(employed, example.Has("bbl-dienstverband"));
        if (employed)
        {
            Assert.Contains("loonbetaling", example.Clause("bbl-dienstverband.dienstverband"), StringComparison.Ordinal);
            Assert.DoesNotContain("loondoorbetaling", example.Text, StringComparison.Ordinal);
        }

        Assert.Equal(example.Yes("bbl_rotatie"), example.Has("bbl-dienstverband.rotatie-aansprakelijkheid"));
        Assert.Equal(example.Yes("detachering"), example.Has("detachering"));
        if (example.Yes("detachering"))
        {
            Assert.Contains("| In dienst van | Werkt voor |", example.Clause("detachering.detacheringen"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Privacy_HealthDataNeedToKnow_PseudonymisedTeaching_JointControllers_AndAProcessingAgreementThatIsARealAnnex(string name)
    {
        var example = RenderedExamples.Get(name);

        Assert.Contains("(artikel 9 AVG)", example.Clause("privacy.dossier"), StringComparison.Ordinal);
        Assert.Contains("legt vast wie het dossier inziet", example.Clause("privacy.dossier"), StringComparison.Ordinal);
        Assert.Contains("gepseudonimiseerd", example.Clause("privacy.onderwijs"), StringComparison.Ordinal);
        Assert.Contains("schriftelijke toestemming", example.Clause("privacy.onderwijs"), StringComparison.Ordinal);
        var joint = (string?)example.Answers["monitoring_gegevens"] != "één partij";
        Assert.Equal(joint, example.Clause("privacy.monitoring").Contains("artikel 26 AVG", StringComparison.Ordinal));
        Assert.Equal(example.Yes("verwerking_voor_ander"), example.Has("bijlage-verwerkersovereenkomst"));
        Assert.DoesNotMatch("sluiten .* een verwerkersovereenkomst", example.Text);
        if (example.Yes("verwerking_voor_ander"))
        {
            var annex = example.Clause("bijlage-verwerkersovereenkomst");
            Assert.Contains("artikel 28 AVG", annex, StringComparison.Ordinal);
            Assert.Contains("9. na afloop van de verwerking", annex, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ResearchWithClients_NamesTheWmoCheckAndInformedConsent(string name)
    {
        var example = RenderedExamples.Get(name);

        Assert.Equal(example.Yes("onderzoek_met_clienten"), example.Has("lectoraat-en-practoraat.clienten"));
        if (example.Yes("onderzoek_met_clienten"))
        {
            var text = example.Clause("lectoraat-en-practoraat.clienten");
            Assert.Contains("Wet medisch-wetenschappelijk onderzoek met mensen (WMO)", text, StringComparison.Ordinal);
            Assert.Contains("(METC)", text, StringComparison.Ordinal);
            Assert.Contains("(informed consent)", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void WhatStudentsMakeIsTheirs_AndJointMaterialIsLicensedByItsOwners(string name)
    {
        var example = RenderedExamples.Get(name);

        Assert.Contains("is van de Student", example.Clause("intellectueel-eigendom.studenten"), StringComparison.Ordinal);
        Assert.Contains("artikel 7 Auteurswet", example.Clause("intellectueel-eigendom.medewerkers"), StringComparison.Ordinal);
        Assert.Matches("Partijen (die daarop de rechten hebben|hebben de rechten samen|.*verlenen)", example.Clause("intellectueel-eigendom.gezamenlijk"));
    }

    [Fact]
    public void OneExample_HasEveryConditionalLegalArticle()
    {
        var example = RenderedExamples.Get("baken-lindelaan-meierij-helpende-zorg");

        string[] conditional =
        [
            "minderjarigen", "bbl-dienstverband.rotatie", "detachering", "lectoraat-en-practoraat.clienten", "praktijkovereenkomsten.praktijkleren",
            "looptijd-en-beeindiging.uittreden", "aansprakelijkheid-en-verzekering.maximum", "privacy.verwerker", "bijlage-verwerkersovereenkomst",
            "bijlage-volmachten",
        ];
        Assert.All(conditional, id => Assert.True(example.Has(id), id));
    }
}
