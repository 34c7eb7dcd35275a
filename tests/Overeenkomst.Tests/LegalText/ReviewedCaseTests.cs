using Overeenkomst.Tests.Support;

namespace Overeenkomst.Tests.LegalText;

/// <summary>
/// What reviewers found reading the agreements of three realistic cases that are not examples (LegalText/Cases, from the
/// seeds): Limburg (AWO-L, five parties, two schools, students employed with rotation), Noorderboog (two parties, one
/// location, BOL only), an Amsterdam Leer- en InnovatieNetwerk (hbo only, a third party that is neither care nor school)
/// wijkleren in the IJssel valley (hbo part-time beside mbo BBL, no minors, no renewal) and a ketenstage in Salland (one
/// school, three care organisations of different kinds, BOL students who move along the chain, each party its own costs).
/// </summary>
public class ReviewedCaseTests
{
    private const string Limburg = "limburg-awo-l";
    private const string Noorderboog = "noorderboog-drenthe-college";
    private const string Amsterdam = "amsterdam-lin-hva";
    private const string Wijkleren = "wijkleren-ijsselvallei";
    private const string Ketenstage = "ketenstage-salland";

    public static TheoryData<string> Cases => new(TestTemplates.ReviewedCaseNames);

    public static TheoryData<string> CasesAndExamples => TestTemplates.ExamplesAndReviewedCases;

    private static RenderedExample Get(string name) => RenderedExamples.ExampleOrCase(name);

    [Theory]
    [InlineData(Limburg, "AWO-L")]
    [InlineData(Amsterdam, "Kenniswerkplaats")]
    public void TheRecitals_NameEveryParty_AlsoOneThatIsNeitherCareOrganisationNorSchool(string name, string other)
    {
        var recitals = Get(name).Text.Split("**Overwegende dat:**")[1].Split("**komen als volgt overeen:**")[0];

        Assert.Contains($"daartoe samen, met medewerking van {other}, de Hybride leerwerkplek", recitals, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void TheRunOff_SpeaksOfTheAgreementEndingForOneParty_OnlyWhenThereAreMoreThanTwo(string name)
    {
        var example = Get(name);

        Assert.Equal(example.Parties.Count > 2, example.Clause("afbouw.afronden").Contains("geheel of voor één Partij", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Limburg, "Praktijkovereenkomsten en stageovereenkomsten")]
    [InlineData(Noorderboog, "Praktijkovereenkomsten")]
    [InlineData(Amsterdam, "Stageovereenkomsten")]
    public void TheArticleOnEachStudentsAgreement_IsNamedForTheProgrammesThatTakePart(string name, string title)
    {
        Assert.Equal(title, Get(name).Clauses.Single(c => c.Id == "praktijkovereenkomsten").Title);
    }

    [Fact]
    public void AnAgreementWithoutMbo_NeverNamesAPraktijkovereenkomst_WhichItDoesNotDefine()
    {
        var amsterdam = Get(Amsterdam);

        Assert.DoesNotContain("Praktijkovereenkomst", amsterdam.Text, StringComparison.Ordinal);
        Assert.EndsWith("voor hen gelden de afspraken in hun arbeidsovereenkomst en Stageovereenkomst.", amsterdam.Clause("afbouw.arbeidsovereenkomst").TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("Wet op het hoger onderwijs en wetenschappelijk onderzoek (WHW)", amsterdam.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Noorderboog, "Studenten in de BOL worden boventallig ingeroosterd")]
    [InlineData(Amsterdam, "Voltijdstudenten van een hbo-opleiding worden boventallig ingeroosterd")]
    [InlineData("erasmusmc-zadkine-hogeschool-rotterdam", "Studenten in de BOL en voltijdstudenten van een hbo-opleiding worden boventallig ingeroosterd")]
    public void OnlyTheRoutesThatTakePart_AreNamedAsSupernumerary(string name, string sentence)
    {
        Assert.StartsWith(sentence, Get(name).Clause("inzet-en-leertijd.boventallig"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Limburg, "AWO-L", "het inzetten van medewerkers met de taken en de inzet die Bijlage 1 noemt;", "het meten van de indicatoren die Bijlage 4 bij haar noemt.")]
    [InlineData(Amsterdam, "Kenniswerkplaats", "het inzetten van de Projectleider met de taken en de inzet die Bijlage 1 noemt;", "het meten van de indicator die Bijlage 4 bij haar noemt.")]
    public void APartyThatIsNeitherCareOrganisationNorSchool_IsResponsibleForItsRolesAndWhatItMeasures(string name, string party, string roles, string measures)
    {
        var text = Get(name).Text;
        var duties = text[text.IndexOf($"**{party}** is verantwoordelijk voor:", StringComparison.Ordinal)..].Split("\n\n")[0];

        Assert.Contains("   - " + roles + "\n   - " + measures, duties, StringComparison.Ordinal);
        Assert.DoesNotContain("andere medewerkers", duties, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void TheDocentsHoursOnSite_AreThePresenceOfDocentenTogether_NotOfOneDocentAtOneLocation(string name)
    {
        var example = Get(name);
        var clause = example.Clause("inzet-en-leertijd.docent");
        var schools = example.PartiesOfKind("mbo-instelling", "hogeschool");

        Assert.DoesNotContain("een Docent ten minste", clause, StringComparison.Ordinal);
        Assert.Contains("per week een Docent op de Hybride leerwerkplek aanwezig is", clause, StringComparison.Ordinal);
        Assert.Equal(schools > 1, clause.Contains("De Onderwijsinstellingen zorgen er samen voor", StringComparison.Ordinal));

        // Bijlage 1 gives each docent's hours, not a split of these: a reference to it would point at nothing.
        Assert.DoesNotContain("verdeeld zoals", clause, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void TheLocations_AreNamedInTheSingularWhenThereIsOne(string name)
    {
        var example = Get(name);
        var one = example.Answers["locaties"]!.AsArray().Count == 1;

        Assert.Equal(one, example.Clause("aanleiding-en-visie.locaties").Contains("op de volgende locatie en afdeling:", StringComparison.Ordinal));
        Assert.Equal(one, example.Text.Contains("op de locatie en afdeling genoemd in lid", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void RecruitmentAndSelection_AreTheSchoolsTogetherWithTheCareOrganisation_AndTrainingNamesWhomTheAnswerConcerns(string name)
    {
        var text = Get(name).Text;

        Assert.DoesNotContain("de werving en selectie van Studenten en hun voordracht", text, StringComparison.Ordinal);
        Assert.Contains("de werving en selectie van haar Studenten, samen met de Zorgorganisatie", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Werkbegeleiders en Praktijkopleiders krijgen bij- en nascholing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("de teamleiders zorgen", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AYearlyAmount_IsOwedInProportion_ForAStudyYearOnlyPartlyWithinTheTerm(string name)
    {
        var example = Get(name);

        Assert.Contains("valt een Studiejaar maar gedeeltelijk binnen de looptijd, dan geldt over dat Studiejaar het bedrag naar rato", example.Clause("bekostiging.soort"), StringComparison.Ordinal);
        Assert.Contains("Het aandeel in het totaal is berekend over de bedragen per Studiejaar van één volledig Studiejaar en de eenmalige bedragen samen.", example.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLearningTime_OfAStudentWhoRotates_IsKeptFreeByTheReceivingCareOrganisationToo()
    {
        var limburg = Get(Limburg);

        Assert.Contains("Maasheuvel zet die tijd niet in voor de reguliere bezetting van de afdeling, en een ontvangende Zorgorganisatie evenmin zolang de Student bij haar werkt (lid 8.4).",
            limburg.Text, StringComparison.Ordinal);
        Assert.StartsWith("Studenten in de BBL en Duale Studenten kunnen voor een deel van hun opleiding werken en leren bij een andere Zorgorganisatie", limburg.Clause("bbl-dienstverband.rotatie"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Limburg, "van haar medewerkers (onder wie de Studenten die bij haar in dienst zijn) en van Studenten voor zover zij die voor hun plaatsing verwerkt, zoals de VOG, de geheimhoudingsverklaring en het rooster; de Onderwijsinstelling voor de gegevens van haar Studenten en medewerkers; AWO-L voor de gegevens van haar medewerkers.")]
    [InlineData(Amsterdam, "van haar medewerkers (onder wie de Studenten die bij haar in dienst zijn) en van Studenten voor zover zij die voor hun plaatsing verwerkt, zoals de VOG, de geheimhoudingsverklaring en het rooster; de Onderwijsinstelling voor de gegevens van haar Studenten en medewerkers; Kenniswerkplaats voor de gegevens van haar medewerkers.")]
    [InlineData(Noorderboog, "de Zorgorganisatie voor de gegevens van cliënten, van haar medewerkers en van Studenten voor zover zij die voor hun plaatsing verwerkt, zoals de VOG, de geheimhoudingsverklaring en het rooster; de Onderwijsinstelling voor de gegevens van haar Studenten en medewerkers.")]
    public void EveryParty_IsControllerOfWhatItProcessesForItself_TheEmployerAlsoOfItsEmployedStudents(string name, string ending)
    {
        Assert.EndsWith(ending, Get(name).Clause("privacy.verantwoordelijkheid").TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void KindsOfDataWhoseNamesHoldAnd_AreSeparatedBySemicolons()
    {
        Assert.Contains("**Soorten persoonsgegevens:** naam- en contactgegevens; roosters en aanwezigheid.", Get(Amsterdam).Markdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void TheIntakeOfAGroup_IsDecidedBeforeThatGroupStarts_WhenEverInTheStudyYearThatIs(string name)
    {
        var clause = Get(name).Clause("opleidingen-en-aantallen.aantallen");

        Assert.Contains("stelt de instroom van iedere nieuwe groep Studenten vast voordat die groep begint", clause, StringComparison.Ordinal);
        Assert.DoesNotContain("vóór het begin van ieder Studiejaar de instroom", clause, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCases_ExerciseWhatTheTheoriesBelowCheck()
    {
        var wijkleren = Get(Wijkleren);

        Assert.True(wijkleren.HasRoute("deeltijd"));
        Assert.False(wijkleren.Yes("minderjarigen"));
        Assert.Equal("geen verlenging", (string?)wijkleren.Answers["verlenging"]);
        Assert.True(wijkleren.Parties.Count > 2);
        var keten = Get(Ketenstage);
        Assert.Equal(3, keten.PartiesOfKind("zorgorganisatie"));
        Assert.True(keten.Yes("leren_in_keten"));
        Assert.Equal("ieder draagt de eigen kosten", (string?)keten.Answers["bekostigingsmodel"]);
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void PartTimeHboStudents_LearnWithinTheirEmployment_OrOnTopOfTheTeam(string name)
    {
        var example = Get(name);

        Assert.Equal(example.HasRoute("deeltijd"), example.Has("inzet-en-leertijd.deeltijd"));
        if (example.HasRoute("deeltijd"))
        {
            var clause = example.Clause("inzet-en-leertijd.deeltijd");
            Assert.Contains("die in dienst is van de Zorgorganisatie waar hij leert, leert daar binnen zijn arbeidsovereenkomst", clause, StringComparison.Ordinal);
            Assert.Contains("Een deeltijdstudent die daar niet in dienst is, wordt boventallig ingeroosterd", clause, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void AnAnswerThatNoStudentIsUnder18_IsInTheAgreement(string name)
    {
        var example = Get(name);
        var noMinors = example.Answers["minderjarigen"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<bool>(out var minors) && !minors;

        Assert.Equal(noMinors, example.Has("opleidingen-en-aantallen.meerderjarig"));
        Assert.False(noMinors && example.Has("minderjarigen"), $"{name}: the article on minors beside the answer that there are none.");
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void ARenewal_IsNotSpokenOf_WhenTheAnswersExcludeIt(string name)
    {
        var example = Get(name);

        if ((string?)example.Answers["verlenging"] == "geen verlenging")
        {
            var article = System.Text.RegularExpressions.Regex.Replace(example.Clause("looptijd-en-beeindiging"), @" \{#[a-z0-9.-]+\}", "");
            Assert.DoesNotContain("verlenging", article, StringComparison.Ordinal);
            Assert.DoesNotContain(", door ontbinding, dan", article, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AStudentWhoMovesAlongAChainOfCareOrganisations_IsPlacedPeriodByPeriod_WithAnAgreementAndStatementAtEach()
    {
        var keten = Get(Ketenstage);

        Assert.Contains("sluiten de Student, de Onderwijsinstelling en de Zorgorganisatie waar hij leert vóór het begin van zijn beroepspraktijkvorming daar een Praktijkovereenkomst", keten.Text, StringComparison.Ordinal);
        Assert.Contains("legt de Onderwijsinstelling vóór iedere periode met de Zorgorganisatie waar hij dan leert schriftelijk vast", keten.Clause("randvoorwaarden.keten-perioden"), StringComparison.Ordinal);
        Assert.Contains("Leert hij daarna bij een andere Zorgorganisatie, dan geldt die VOG ook daar", keten.Clause("veiligheid.vog"), StringComparison.Ordinal);
        Assert.Contains("vóór zijn eerste werkdag bij iedere Zorgorganisatie een geheimhoudingsverklaring van die Zorgorganisatie", keten.Clause("geheimhouding.verklaring"), StringComparison.Ordinal);
        Assert.Contains("als het instructieprotocol van Partijen, op de afdelingen van die Zorgorganisatie", keten.Clause("veiligheid.protocol"), StringComparison.Ordinal);
        Assert.DoesNotContain("het ene gezamenlijke", keten.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void WithSeveralCareOrganisations_TheCareOrganisation_MeansEachOneWhereNoStudentIsInView(string name)
    {
        var example = Get(name);
        var careOrganisations = example.PartiesOfKind("zorgorganisatie");

        Assert.Equal(careOrganisations > 1, example.Text.Contains("en waar het niet om een bepaalde Student gaat, iedere Zorgorganisatie.", StringComparison.Ordinal));
        Assert.Equal(careOrganisations > 1 && example.Yes("leren_in_keten"), example.Has("randvoorwaarden.keten-perioden"));
        Assert.Contains("de Zorgorganisatie hoeft Studenten dan niet langer te ontvangen dan redelijkerwijs nodig is", example.Clause("afbouw.uitzondering"), StringComparison.Ordinal);
        Assert.DoesNotContain("de Partij die de Overeenkomst dan beëindigt", example.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void OnlyTheMboRoutesThatTakePart_AreDefined_AndCostsBorneByEachPartyAreNotShared(string name)
    {
        var example = Get(name);

        Assert.Equal(example.HasRoute("BBL"), example.Text.Contains("**BBL**", StringComparison.Ordinal));
        Assert.Equal(example.HasRoute("BOL"), example.Text.Contains("**BOL**", StringComparison.Ordinal));
        Assert.Equal((string?)example.Answers["bekostigingsmodel"] != "ieder draagt de eigen kosten", example.Clause("bekostiging.soort").Contains("eenmaal gemaakt en verdeeld", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void TheRunOff_KeepsTheWholeAgreementForWhoStays_AndIsNotPromisedWhereItCouldNotBeKept(string name)
    {
        var example = Get(name);
        var careOrganisations = example.PartiesOfKind("zorgorganisatie");

        Assert.Contains("Voor die Studenten blijft de Overeenkomst zolang van toepassing alsof zij niet was geëindigd.", example.Clause("afbouw.afronden"), StringComparison.Ordinal);
        var exception = example.Clause("afbouw.uitzondering");
        var mbo = example.HasMbo;
        Assert.Contains(mbo ? ", wordt ontbonden, haar werkzaamheden staakt of als Zorgorganisatie haar erkenning als leerbedrijf verliest, of doordat" : ", wordt ontbonden of haar werkzaamheden staakt, of doordat",
            exception, StringComparison.Ordinal);
        Assert.Contains(careOrganisations > 1 ? "zo mogelijk bij een andere Zorgorganisatie" : "zo mogelijk bij een andere organisatie in de zorg", example.Clause("afbouw.andere-plek"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void TheBoardMovesMilestones_NotTheTerm_AndAPartyThatWillNotMediate_DoesNotHoldUpTheCourt(string name)
    {
        var example = Get(name);

        // Without renewal there is no decision on going on, for the board or anyone: the interzorg reviewer found it left in.
        var renewal = (string?)example.Answers["verlenging"] != "geen verlenging";
        Assert.Contains(renewal ? "behalve de ingangsdatum, de einddatum en de uiterste datum voor het besluit over voortzetting;" : "behalve de ingangsdatum en de einddatum;",
            example.Text, StringComparison.Ordinal);
        Assert.Equal(renewal, example.Clause("overleg.bestuurlijk").Contains("voortzetting", StringComparison.Ordinal));
        if (example.Yes("mediation"))
        {
            Assert.Contains("of werkt een betrokken Partij niet binnen vier weken na een verzoek daartoe aan de mediation mee", example.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void TheCareOrganisation_IsControllerAlsoOfWhatItKeepsOfStudentsForTheirPlacement(string name)
    {
        Assert.Contains("en van Studenten voor zover zij die voor hun plaatsing verwerkt, zoals de VOG, de geheimhoudingsverklaring en het rooster; de Onderwijsinstelling voor de gegevens van haar Studenten en medewerkers",
            Get(name).Clause("privacy.verantwoordelijkheid"), StringComparison.Ordinal);
    }

    [Fact]
    public void WhereEveryStudentIsEmployed_TheEmployerTakesThemOn_AndNobodyProposesThem()
    {
        var alliade = Get("alliade-friesland-college-bbl-leerafdeling").Text;

        Assert.Contains("het kennismakingsgesprek met een Student voordat hij bij haar begint", alliade, StringComparison.Ordinal);
        Assert.Contains("het aannemen van de Studenten die bij haar in dienst komen, als hun werkgever;", alliade, StringComparison.Ordinal);
        Assert.Contains("de werving en selectie van haar Studenten, samen met de Zorgorganisatie die hen als werkgever aanneemt;", alliade, StringComparison.Ordinal);
        Assert.DoesNotContain("voordraagt", alliade, StringComparison.Ordinal);
        Assert.DoesNotContain("voordracht", alliade, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void ResearchWithoutClients_SaysSo_InsteadOfAllowingClientDataWithoutTheSafeguards(string name)
    {
        var example = Get(name);
        if (!example.Has("lectoraat-en-practoraat"))
        {
            return;
        }

        var withClients = example.Yes("onderzoek_met_clienten");
        Assert.Equal(withClients, example.Has("lectoraat-en-practoraat.clienten"));
        Assert.Equal(!withClients, example.Has("lectoraat-en-practoraat.zonder-clienten"));
        Assert.Equal(withClients, example.Clause("lectoraat-en-practoraat.gegevens").Contains("cliënten", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void TheSchoolsStudentInsurance_IsNotPromisedForAnEmployeesWorkForHisEmployer(string name)
    {
        var example = Get(name);
        if (!example.Yes("studentenverzekering"))
        {
            return;
        }

        var employed = example.HasRoute("BBL") || example.HasRoute("duaal");
        Assert.Equal(employed, example.Clause("aansprakelijkheid-en-verzekering.studentenverzekering")
            .Contains("alleen voor wat niet onder de verzekeringen van hun werkgever valt", StringComparison.Ordinal));
    }

    // Erasmus MC: the lectoraat processes the learning-climate survey for the hospital (annex 5) while the monitoring
    // member makes the parties joint controllers of what the monitoring collects; one party cannot be both for one survey.
    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void AProcessor_IsNotAlsoAControllerOfTheMonitoringDataItProcesses(string name)
    {
        var example = Get(name);
        if (!example.Yes("verwerking_voor_ander"))
        {
            return;
        }

        // Only where the monitoring member could make the processor a controller: all parties together, or she alone.
        var processor = (string)example.Answers["verwerker"]!;
        var couldBeController = (string?)example.Answers["monitoring_gegevens"] == "de partijen samen"
            || (string?)example.Answers["monitoring_verantwoordelijke"] == processor;
        var clause = example.Clause("privacy.verwerker");
        Assert.Equal(couldBeController, clause.Contains(
            $"Verwerkt {processor} daarbij gegevens die ook voor de monitoring en evaluatie worden gebruikt, dan is zij voor die verwerking verwerker; lid ",
            StringComparison.Ordinal));
        Assert.Equal(couldBeController, clause.EndsWith(" maakt haar daarvoor niet tot verwerkingsverantwoordelijke.", StringComparison.Ordinal));
    }

    // Both reviewers of 6 December: "Partijen plaatsen 10 Studenten tegelijk per afdeling" bound the parties to a number the
    // member before calls a target.
    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void StudentsPerWard_AreATarget_AsTheNumbersBeforeThem(string name)
    {
        var example = Get(name);

        Assert.Contains("aantallen die Partijen nastreven", example.Clause("opleidingen-en-aantallen.aantallen"), StringComparison.Ordinal);
        Assert.StartsWith("Partijen streven ernaar ", example.Clause("opleidingen-en-aantallen.per-afdeling"), StringComparison.Ordinal);
    }

    // Interzorg's reviewer: staffing and the level on the ward are the care organisation's to keep, and intervision had nobody
    // to organise it.
    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void StaffingDuties_FallOnTheCareOrganisation_AndIntervisionHasOrganisers(string name)
    {
        var example = Get(name);

        Assert.StartsWith("De Zorgorganisatie streeft ernaar dat ten minste 80", example.Clause("randvoorwaarden.vaste-dienst"), StringComparison.Ordinal);
        Assert.StartsWith("De Zorgorganisatie ", example.Clause("randvoorwaarden.niveau"), StringComparison.Ordinal);
        Assert.StartsWith(example.Yes("intervisie") ? "Partijen organiseren samen intervisie voor " : "Partijen organiseren geen gezamenlijke intervisie",
            example.Clause("randvoorwaarden.intervisie"), StringComparison.Ordinal);
    }

    // Interzorg's reviewer: without separate learning time, "they learn within their regular work" read as if employed
    // students missed the weekly lessons together; it now says they take part, and where the hours' status comes from.
    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void EmployedStudentsWithoutSeparateLearningTime_StillTakePartInTheLearningTogether(string name)
    {
        var example = Get(name);
        if (!example.Has("bbl-dienstverband.leertijd") || example.Yes("bbl_leer_en_innovatietijd"))
        {
            return;
        }

        var clause = example.Clause("bbl-dienstverband.leertijd");
        Assert.Contains("nemen deel aan het gezamenlijke leren van lid ", clause, StringComparison.Ordinal);
        Assert.EndsWith("; of die uren werktijd zijn, volgt uit hun arbeidsovereenkomst.", clause, StringComparison.Ordinal);
    }

    // Interzorg: one care organisation, yet the definitions and three articles spoke of "een Zorgorganisatie".
    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void WithOneCareOrganisation_TheTextNeverSpeaksOfOneOfSeveral(string name)
    {
        var example = Get(name);
        if (example.PartiesOfKind("zorgorganisatie") == 1)
        {
            Assert.DoesNotContain("een Zorgorganisatie", example.Text, StringComparison.Ordinal);
        }
    }

    // In the mbo the Subsidieregeling praktijkleren pays for students in the BBL only (interzorg has BOL students beside them).
    [Theory]
    [MemberData(nameof(CasesAndExamples))]
    public void ThePracticeLearningSubsidy_IsSpokenOfForStudentsInTheBbl_Only(string name)
    {
        var example = Get(name);
        if (!example.Has("praktijkovereenkomsten.praktijkleren"))
        {
            return;
        }

        Assert.True(example.HasRoute("BBL"));
        Assert.Equal(example.HasRoute("BOL"), example.Clause("praktijkovereenkomsten.praktijkleren")
            .Contains("legt de Onderwijsinstelling de Praktijkovereenkomst van iedere Student in de BBL tijdig vast", StringComparison.Ordinal));
    }

    [Fact]
    public void AStudentInEmployment_SignsHisAgreementWithHisEmployer_AlsoWhenHeRotates()
    {
        var limburg = Get(Limburg);

        Assert.Contains("de Zorgorganisatie waar hij leert (voor een Student in de BBL: zijn werkgever Maasheuvel) vóór het begin van zijn beroepspraktijkvorming daar", limburg.Clause("praktijkovereenkomsten.praktijkovereenkomst"), StringComparison.Ordinal);
        Assert.Contains("de Zorgorganisatie (voor een Duale Student: zijn werkgever Maasheuvel) vóór het begin", limburg.Clause("praktijkovereenkomsten.stageovereenkomst"), StringComparison.Ordinal);
        Assert.Contains("naast zijn arbeidsovereenkomst met Maasheuvel", limburg.Clause("praktijkovereenkomsten.stageovereenkomst"), StringComparison.Ordinal);
    }
}
