namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds the quality check.
/// </summary>
public static partial class Messages
{
    /// <summary>The Dutch word for an outcome.</summary>
    public static string QualityOutcomeText(Quality.QualityOutcome outcome) => outcome switch
    {
        Quality.QualityOutcome.Met => "voldaan",
        Quality.QualityOutcome.NotMet => "niet voldaan",
        _ => "onbekend",
    };

    /// <summary>The answers needed for a rule are missing; names the questions as the form asks them.</summary>
    public static string QualityNotAnswered(IEnumerable<string> questions)
    {
        var named = questions.Select(q => $"'{q}'").ToList();
        return named.Count == 1
            ? $"De vraag die hiervoor nodig is, is nog niet (geldig) beantwoord: {named[0]}."
            : $"De vragen die hiervoor nodig zijn, zijn nog niet (geldig) beantwoord: {Rendering.DutchFormat.Enumeration(named)}.";
    }

    /// <summary>Source: handleiding, ingredients.</summary>
    public const string SourceIngredients = "Handleiding 'Leerwerkplek in bloei', ingrediënten (minimum en ideaal)";

    /// <summary>Source: handleiding, preconditions.</summary>
    public const string SourcePreconditions = "Handleiding 'Leerwerkplek in bloei', randvoorwaarden";

    /// <summary>Source: handleiding, preconditions and ingredients.</summary>
    public const string SourcePreconditionsAndIngredients = "Handleiding 'Leerwerkplek in bloei', randvoorwaarden en ingrediënten";

    /// <summary>Source: Ben Sajet Centrum, selection criterion.</summary>
    public const string SourceAmsterdam = "Ben Sajet Centrum, onderzoek naar hybride leerpraktijken in Amsterdamse verpleeghuizen (selectiecriterium)";

    /// <summary>Source: Ben Sajet Centrum, recognised diploma.</summary>
    public const string SourceAmsterdamDiploma = "Ben Sajet Centrum, onderzoek naar hybride leerpraktijken in Amsterdamse verpleeghuizen";

    /// <summary>Source: leidraad, bouwsteen 4.</summary>
    public const string SourceBuildingBlock4 = "Leidraad Onderwijs in de praktijk (Noord-Nederland), bouwsteen 4";

    /// <summary>Source: leidraad, bouwstenen 5 and 6.</summary>
    public const string SourceBuildingBlocks5And6 = "Leidraad Onderwijs in de praktijk (Noord-Nederland), bouwstenen 5 en 6";

    /// <summary>Q1.</summary>
    public const string RuleQ1 = "Ten minste 6 studenten per afdeling.";

    /// <summary>Q2.</summary>
    public const string RuleQ2 = "Studenten van ten minste twee niveaus of opleidingen; ideaal is een mix van mbo en hbo.";

    /// <summary>Q3.</summary>
    public const string RuleQ3 = "Per week ten minste 1,5 uur gezamenlijk onderwijs, 1 uur gezamenlijk leren en reflecteren en 1,5 uur gezamenlijk projectwerk.";

    /// <summary>Q4.</summary>
    public const string RuleQ4 = "Ten minste 80 % van het team is in vaste dienst.";

    /// <summary>Q5.</summary>
    public const string RuleQ5 = "BOL- en voltijdstudenten zijn boventallig; BBL- en duale studenten krijgen leer- en innovatietijd.";

    /// <summary>Q6.</summary>
    public const string RuleQ6 = "Bij hbo is een lectoraat betrokken, bij mbo een practoraat; leren mbo- en hbo-studenten samen, dan beide.";

    /// <summary>Q7.</summary>
    public const string RuleQ7 = "Elke rol wordt betaald: wie een rol levert, draagt de eigen kosten of een aandeel in de begroting.";

    /// <summary>Q8.</summary>
    public const string RuleQ8 = "Ten minste één medewerker werkt op of boven het opleidingsniveau van de studenten.";

    /// <summary>Q9.</summary>
    public const string RuleQ9 = "De docent is ten minste 8 uur per week op de locatie.";

    /// <summary>Q10.</summary>
    public const string RuleQ10 = "De rollen zijn vooraf verdeeld en er is een projectleider benoemd.";

    /// <summary>Q11.</summary>
    public const string RuleQ11 = "Er zijn een ruimte, extra computers, een beamer en een flip-over beschikbaar.";

    /// <summary>Q12.</summary>
    public const string RuleQ12 = "De betrokkenen worden ruim voor de start voorgelicht.";

    /// <summary>Q13.</summary>
    public const string RuleQ13 = "Er is intervisie tussen de betrokkenen.";

    /// <summary>Q14.</summary>
    public const string RuleQ14 = "Kennis wordt intern en extern gedeeld.";

    /// <summary>Q15.</summary>
    public const string RuleQ15 = "Elke opleiding leidt tot een erkend diploma (CREBO- of CROHO-code opgegeven).";

    /// <summary>Q16.</summary>
    public const string RuleQ16 = "Mijlpalen en evaluatiemomenten zijn gepland, binnen de looptijd, met ten minste één evaluatie vóór het beslismoment over voortzetting.";

    /// <summary>Q17.</summary>
    public const string RuleQ17 = "Bij- en nascholing voor werkbegeleiders en docenten is geregeld.";

    /// <summary>Q18.</summary>
    public const string RuleQ18 = "Werken en leren vinden plaats in een keten van zorgsettings (ideaal, geen minimum).";

    /// <summary>Q1 explanation.</summary>
    public static string StudentsPerWard(decimal figure, decimal minimum) =>
        $"{Rendering.DutchFormat.Number(figure)} studenten per afdeling; het onderzoek adviseert er minimaal {Rendering.DutchFormat.Number(minimum)}.";

    /// <summary>Q2 explanation; <paramref name="merged"/> lists the spellings of each programme that appears in more than one row.</summary>
    internal static string LevelsMixed(int levels, int programmes, bool mboAndHbo, IReadOnlyList<IReadOnlyList<string>> merged) =>
        $"{levels} {(levels == 1 ? "niveau" : "niveaus")} en {programmes} {(programmes == 1 ? "opleiding" : "opleidingen")}"
        + string.Concat(merged.Select(names => $" ({Rendering.DutchFormat.Enumeration(names)} {(names.Count == 2 ? "zijn" : "zijn alle")} dezelfde opleiding)"))
        + (mboAndHbo ? ", mbo en hbo samen: het ideaal uit het onderzoek." : "; het onderzoek adviseert ten minste twee niveaus of opleidingen, bij voorkeur mbo en hbo samen.");

    /// <summary>Q3 explanation.</summary>
    public static string WeeklyHours(decimal education, decimal reflection, decimal project) =>
        $"Per week {Rendering.DutchFormat.Number(education)} uur onderwijs, {Rendering.DutchFormat.Number(reflection)} uur leren en reflecteren en {Rendering.DutchFormat.Number(project)} uur projectwerk; het onderzoek adviseert minimaal 1,5, 1 en 1,5 uur.";

    /// <summary>Q4 explanation.</summary>
    public static string PermanentStaff(decimal figure, decimal minimum) =>
        $"{Rendering.DutchFormat.Percentage(figure)} van het team is in vaste dienst; het onderzoek adviseert minimaal {Rendering.DutchFormat.Percentage(minimum)}.";

    /// <summary>Q5 when only deeltijd students take part.</summary>
    public const string SupernumeraryDoesNotApply =
        "Er doen alleen deeltijdstudenten mee: zij zijn niet boventallig in te roosteren en niet in dienst, dus deze regel is niet van toepassing.";

    /// <summary>Q5 explanation: the paths not in employment, the paths in employment (null when none take part), and the weekly learning time.</summary>
    internal static string Supernumerary(Quality.PathsTakingPart? fullTime, Quality.PathsTakingPart? employed, decimal hours)
    {
        var parts = new List<string>();
        if (fullTime is { } free)
        {
            var who = Students(free, "BOL", "voltijd");
            parts.Add(free.Arranged ? $"{who} zijn boventallig ingeroosterd" : $"{who} tellen mee in de formatie, terwijl het onderzoek adviseert hen boventallig in te roosteren");
        }

        if (employed is { } working)
        {
            var who = Students(working, "BBL", "duale");
            parts.Add(working.Arranged
                ? $"{who} krijgen {Rendering.DutchFormat.Number(hours)} uur leer- en innovatietijd per week"
                : $"{who} krijgen {(hours > 0 ? Rendering.DutchFormat.Number(hours) + " uur" : "geen")} leer- en innovatietijd, terwijl het onderzoek die voor studenten in dienst adviseert");
        }

        var sentence = string.Join("; ", parts) + ".";
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    // "BOL-studenten", "voltijdstudenten", "BOL- en voltijdstudenten"; "duale studenten" is two words, so it is never hyphenated.
    private static string Students(Quality.PathsTakingPart paths, string mbo, string hbo) => (paths.Mbo, paths.Hbo) switch
    {
        (true, true) => hbo == "duale" ? $"{mbo}- en duale studenten" : $"{mbo}- en {hbo}studenten",
        (true, false) => $"{mbo}-studenten",
        _ => hbo == "duale" ? "duale studenten" : $"{hbo}studenten",
    };

    /// <summary>Q6 explanation: whether a lectoraat (asked when hbo takes part) and a practoraat (asked when mbo does) are involved; null when not asked.</summary>
    public static string ResearchInvolved(bool? lectoraat, bool? practoraat) => (lectoraat, practoraat) switch
    {
        (true, true) => "mbo- en hbo-studenten leren samen, en zowel een lectoraat als een practoraat is betrokken.",
        (true, false) => "mbo- en hbo-studenten leren samen; een lectoraat is betrokken, maar geen practoraat. Het onderzoek adviseert dan beide: het practoraat voor het mbo.",
        (false, true) => "mbo- en hbo-studenten leren samen; een practoraat is betrokken, maar geen lectoraat. Het onderzoek adviseert dan beide: het lectoraat voor het hbo.",
        (false, false) => "mbo- en hbo-studenten leren samen, maar er is geen lectoraat en geen practoraat betrokken; het onderzoek adviseert beide.",
        (true, null) => "Een lectoraat is betrokken bij de hbo-opleiding.",
        (false, null) => "Er is geen lectoraat betrokken; bij een hbo-opleiding adviseert het onderzoek er een te betrekken.",
        (null, true) => "Een practoraat is betrokken bij de mbo-opleiding.",
        _ => "Er is geen practoraat betrokken; bij een mbo-opleiding adviseert het onderzoek er een te betrekken.",
    };

    /// <summary>Q7 when each party bears its own costs.</summary>
    public static string RolesPaidByOwnCosts(int roles) =>
        roles == 1
            ? "Ieder draagt de eigen kosten, dus de partij die de rol levert, betaalt die zelf."
            : $"Ieder draagt de eigen kosten, dus elke partij betaalt zelf de rollen die zij levert ({roles} rollen in totaal).";

    /// <summary>Q7 explanation: roles given as "rol (partij)" whose party carries no share of any of the budget lines.</summary>
    public static string RolesPaid(int roles, int lines, string model, IReadOnlyList<string> unpaid) =>
        unpaid.Count == 0
            ? $"{Each(roles, "rol", "rollen")} {(roles == 1 ? "wordt" : "worden")} geleverd door een partij die een aandeel in de begroting draagt."
            : $"{(unpaid.Count == 1 ? "De rol" : "De rollen")} {Rendering.DutchFormat.Enumeration(unpaid)} {(unpaid.Count == 1 ? "wordt" : "worden")} geleverd door een partij "
              + (lines == 1 ? "die in de enige kostenpost geen aandeel draagt" : $"die bij geen van de {lines} kostenposten een aandeel draagt")
              + $". Met het bekostigingsmodel '{model}' blijkt dan nergens wie deze inzet betaalt; neem haar op in de begroting.";

    /// <summary>Q8 explanation.</summary>
    public static string StaffAtLevel(bool yes) => yes
        ? "Er werkt ten minste één medewerker op of boven het niveau van de studenten."
        : "Er werkt geen medewerker op of boven het niveau van de studenten; het onderzoek stelt dit als voorwaarde.";

    /// <summary>Q9 explanation.</summary>
    public static string TeacherOnSite(decimal figure, decimal minimum) =>
        $"De docent is {Rendering.DutchFormat.Number(figure)} uur per week op de locatie; het onderzoek noemt minimaal {Rendering.DutchFormat.Number(minimum)} uur.";

    /// <summary>Q10 explanation.</summary>
    public static string RolesDivided(int roles, int withParty, string? leader) =>
        $"{withParty} van de {roles} rollen {(roles == 1 ? "is" : "zijn")} aan een partij toegewezen; "
        + (leader is null ? "er is geen projectleider benoemd." : $"projectleider is {leader}.");

    /// <summary>Q11 explanation.</summary>
    public static string FacilitiesPresent(IReadOnlyList<string> missing) =>
        missing.Count == 0 ? "Leslokaal, computers, beamer en flip-over zijn geregeld." : $"Niet geregeld: {string.Join(", ", missing)}.";

    /// <summary>Q12 explanation.</summary>
    public static string Information(bool yes) => yes
        ? "De betrokkenen worden voor de start voorgelicht."
        : "Er is geen voorlichting voor de start gepland; het onderzoek raadt die ruim vooraf aan.";

    /// <summary>Q13 explanation.</summary>
    public static string Intervision(bool yes) => yes ? "Er is intervisie tussen de betrokkenen." : "Er is geen intervisie afgesproken.";

    /// <summary>Q14 explanation.</summary>
    public static string KnowledgeShared(bool inside, bool outside) => (inside, outside) switch
    {
        (true, true) => "Kennis wordt intern en extern gedeeld.",
        (true, false) => "Kennis wordt alleen intern gedeeld.",
        (false, true) => "Kennis wordt alleen extern gedeeld.",
        _ => "Kennis wordt niet gedeeld.",
    };

    /// <summary>Q15 explanation.</summary>
    public static string RecognisedDiplomas(int programmes, IReadOnlyList<string> without) =>
        without.Count == 0
            ? $"{Each(programmes, "opleiding", "opleidingen")} {(programmes == 1 ? "heeft" : "hebben")} een CREBO- of CROHO-code."
            : $"Zonder CREBO- of CROHO-code: {string.Join(", ", without)}.";

    // "De rol", "Beide rollen", "Alle 3 rollen": all of a number of things, as the start of a sentence.
    private static string Each(int count, string one, string many) => count switch
    {
        1 => $"De {one}",
        2 => $"Beide {many}",
        _ => $"Alle {count} {many}",
    };

    /// <summary>Q16 explanation: the first thing that is not right, or what makes the plan sound.</summary>
    internal static string MilestonesPlanned(Quality.PlannedDates plan)
    {
        var term = $"{Rendering.DutchFormat.Date(plan.Start)} tot en met {Rendering.DutchFormat.Date(plan.End)}";
        var deadline = plan.Deadline is { } day ? $"het beslismoment over voortzetting ({Rendering.DutchFormat.Date(day)})" : null;
        var planned = $"{plan.Milestones} {(plan.Milestones == 1 ? "mijlpaal" : "mijlpalen")} en {plan.Evaluations} {(plan.Evaluations == 1 ? "evaluatiemoment" : "evaluatiemomenten")} gepland";
        if (plan.Milestones == 0 || plan.Evaluations == 0)
        {
            return planned + "; bouwsteen 4 vraagt beide vooraf te plannen.";
        }

        if (plan.Outside > 0)
        {
            return planned + $"; {plan.Outside} daarvan {(plan.Outside == 1 ? "valt" : "vallen")} buiten de looptijd ({term}).";
        }

        if (deadline is not null && plan.FirstInforming is null)
        {
            return planned + $", maar geen evaluatie valt vóór {deadline}: de partijen beslissen dan zonder evaluatie.";
        }

        return planned + $", alle binnen de looptijd ({term})"
            + (deadline is not null && plan.FirstInforming is { } first ? $"; de eerste evaluatie ({Rendering.DutchFormat.Date(first)}) valt vóór {deadline}." : ".");
    }

    /// <summary>Q17 explanation.</summary>
    public static string TrainingArranged(bool coaches, bool teachers) => (coaches, teachers) switch
    {
        (true, true) => "Bij- en nascholing is geregeld voor werkbegeleiders en docenten.",
        (true, false) => "Bij- en nascholing is geregeld voor werkbegeleiders, niet voor docenten.",
        (false, true) => "Bij- en nascholing is geregeld voor docenten, niet voor werkbegeleiders.",
        _ => "Bij- en nascholing is niet geregeld voor werkbegeleiders en docenten.",
    };

    /// <summary>Q18 explanation; "niet voldaan" here misses an ideal, not a minimum, and the explanation opens by saying so.</summary>
    public static string Chain(bool yes) => yes
        ? "Studenten leren in een keten van zorgsettings: het ideaal uit het onderzoek is bereikt."
        : "Een ideaal, geen minimum: studenten leren in één setting. Leren in een keten van zorgsettings (bijvoorbeeld verpleeghuis, "
          + "revalidatie en thuiszorg) is het ideaal uit het onderzoek; de minimale voorwaarden vragen het niet.";
}
