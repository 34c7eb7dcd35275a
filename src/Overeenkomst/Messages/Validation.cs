namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds validating answers.
/// </summary>
public static partial class Messages
{
    /// <summary>An answer keyed by an id the questionnaire does not have, with the id probably meant.</summary>
    public static string UnknownQuestion(string id, string? meant) =>
        meant is null ? $"Onbekende vraag '{id}'." : $"Onbekende vraag '{id}'. Bedoelde u '{meant}'?";

    /// <summary>A required question has no answer.</summary>
    public const string Required = "Deze vraag is verplicht.";

    /// <summary>Text over the length limit.</summary>
    public static string TextTooLong(int max) => $"Dit antwoord is langer dan {max} tekens; maak het korter.";

    /// <summary>An answer of the wrong kind: what was given, and what belongs here.</summary>
    public static string WrongType(string given, string expected) => $"U gaf {given}; hier hoort {expected}.";

    /// <summary>What was given: text, with (the start of) what it said.</summary>
    public static string GivenText(string excerpt) => $"tekst ('{excerpt}')";

    /// <summary>What was given: a number.</summary>
    public static string GivenNumber(decimal number) => GivenNumber(Rendering.DutchFormat.Number(number));

    /// <summary>What was given: a number too large to read, as written.</summary>
    public static string GivenNumber(string number) => $"het getal {number}";

    /// <summary>What was given: true or false.</summary>
    public static string GivenYesNo(bool value) => value ? "ja (true)" : "nee (false)";

    /// <summary>What was given: a list.</summary>
    public const string GivenList = "een lijst";

    /// <summary>What was given: an object.</summary>
    public const string GivenObject = "een groep antwoorden (een object)";

    /// <summary>What belongs here: text.</summary>
    public const string ExpectedText = "tekst";

    /// <summary>What belongs here: a number.</summary>
    public const string ExpectedNumber = "een getal, zoals 6";

    /// <summary>What belongs here: a whole number (a count).</summary>
    public const string ExpectedWholeNumber = "een heel getal, zoals 6";

    /// <summary>What belongs here: an amount.</summary>
    public const string ExpectedAmount = "een bedrag, zoals 12.500 of 12.500,50";

    /// <summary>What belongs here: a percentage.</summary>
    public const string ExpectedPercentage = "een percentage, zoals 85 of 12,5";

    /// <summary>What belongs here: a date.</summary>
    public const string ExpectedDate = "een datum als JJJJ-MM-DD, zoals 2026-09-01";

    /// <summary>What belongs here: yes or no.</summary>
    public const string ExpectedYesNo = "ja of nee (true of false)";

    /// <summary>What belongs here: one of the options.</summary>
    public static string ExpectedOption(IReadOnlyList<string> options) => $"een van de opties ({string.Join(", ", options)})";

    /// <summary>What belongs here: a list of options.</summary>
    public static string ExpectedOptions(IReadOnlyList<string> options) => $"een lijst met keuzes uit {string.Join(", ", options)}";

    /// <summary>What belongs here: a list of items.</summary>
    public const string ExpectedItems = "een lijst met onderdelen";

    /// <summary>A count with a fraction: students, persons, days and months come whole.</summary>
    public static string NotAWholeNumber(decimal given) => WrongType(Rendering.DutchFormat.Number(given), ExpectedWholeNumber);

    /// <summary>An amount above the largest the product handles.</summary>
    public static string AmountAboveMaximum(decimal max) => $"Het bedrag mag niet groter zijn dan {Rendering.DutchFormat.Money(max)}.";

    /// <summary>A number typed with points and commas that is not Dutch notation (such as "1.5" or "12.50").</summary>
    public static string NotDutchNotation(string given) =>
        $"'{given}' is geen getal zoals het in het Nederlands wordt geschreven: een punt scheidt duizendtallen (24.000) en een komma de decimalen (1,5 of 24.000,50).";

    /// <summary>A number too large (or too far below zero) to hold.</summary>
    public const string NumberOutOfRange = "Dit getal is te groot om mee te rekenen; vul een kleiner getal in.";

    /// <summary>A number below the minimum.</summary>
    public static string NumberBelowMinimum(decimal min) => $"Het getal mag niet kleiner zijn dan {Rendering.DutchFormat.Number(min)}.";

    /// <summary>A number above the maximum.</summary>
    public static string NumberAboveMaximum(decimal max) => $"Het getal mag niet groter zijn dan {Rendering.DutchFormat.Number(max)}.";

    /// <summary>Too many decimals.</summary>
    public static string TooManyDecimals(int places) => $"Gebruik hoogstens {places} cijfers achter de komma.";

    /// <summary>Expected an ISO date.</summary>
    public const string NotADateAnswer = "Vul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2026-09-01.";

    /// <summary>Not one of the options.</summary>
    public static string NotAnOption(IReadOnlyList<string> options) => $"Kies uit: {string.Join(", ", options)}.";

    /// <summary>A list item is not an object.</summary>
    public const string NotAnItem = "Elk onderdeel van deze lijst moet een object met antwoorden zijn.";

    /// <summary>Too few items.</summary>
    public static string TooFewItems(int min) => min == 1 ? "Vul ten minste één onderdeel in." : $"Vul ten minste {min} onderdelen in.";

    /// <summary>Too many items.</summary>
    public static string TooManyItems(int max) => $"Vul hoogstens {max} onderdelen in.";

    /// <summary>Not an e-mail address.</summary>
    public const string NotAnEmail = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.";

    /// <summary>Not a phone number.</summary>
    public const string NotAPhoneNumber = "Vul een telefoonnummer in van tien cijfers (zoals 010 123 45 67) of met landnummer (zoals +31 10 123 45 67).";

    /// <summary>Not a postcode.</summary>
    public const string NotAPostcode = "Vul een postcode in als 1234 AB: vier cijfers (niet beginnend met 0) en twee letters.";

    /// <summary>Postcode letters that are never issued.</summary>
    public static string PostcodeLettersNotIssued(string letters) => $"Postcodes met de letters {letters} worden niet uitgegeven; controleer de postcode.";

    /// <summary>Not a KvK number.</summary>
    public const string NotAKvkNumber = "Een KvK-nummer bestaat uit precies 8 cijfers (spaties of punten ertussen mogen).";

    /// <summary>Not a BRIN code.</summary>
    public const string NotABrin = "Een BRIN-code (instellingscode) bestaat uit 4 tekens, cijfers of hoofdletters (zoals 00GT), eventueel gevolgd door 2 cijfers voor de vestiging.";

    /// <summary>Not a Dutch IBAN.</summary>
    public const string NotAnIban = "Vul een Nederlands IBAN in: NL, 2 controlecijfers, 4 letters van de bank en 10 cijfers.";

    /// <summary>IBAN check digits wrong.</summary>
    public const string IbanCheckFailed = "Dit IBAN klopt niet: de controlecijfers passen niet bij het nummer. Controleer op een tikfout.";

    /// <summary>Not a CREBO/CROHO code.</summary>
    public const string NotAProgrammeCode = "Een CREBO- of CROHO-code bestaat uit 5 cijfers.";

    /// <summary>No care organisation among the parties.</summary>
    public const string NoCareOrganisation = "Er moet ten minste één zorgorganisatie meedoen.";

    /// <summary>No school among the parties.</summary>
    public const string NoSchool = "Er moet ten minste één onderwijsinstelling (mbo-instelling of hogeschool) meedoen.";

    /// <summary>A short name used twice.</summary>
    public static string ShortNameTwice(string name) => $"De korte naam '{name}' is al aan een andere partij gegeven; elke partij heeft een eigen korte naam.";

    /// <summary>End date not after start date.</summary>
    public const string EndNotAfterStart = "De einddatum moet na de ingangsdatum liggen.";

    /// <summary>Budget shares do not add up.</summary>
    public static string SharesDoNotAddUp(string item, decimal total) =>
        $"De aandelen in de kostenpost '{item}' tellen op tot {Rendering.DutchFormat.Percentage(total)}; dat moet 100 % zijn.";

    /// <summary>A party name that no party has.</summary>
    public static string UnknownParty(string name, IEnumerable<string> known) =>
        $"'{name}' is geen partij in deze overeenkomst; gebruik een van de korte namen: {string.Join(", ", known)}.";

    // The labels the person sees, for messages about answers that contradict each other; the tests hold them against
    // vragenlijst.json, so a renamed question cannot leave a message naming a label that no longer exists.
    private const string StartDateLabel = "'Ingangsdatum van de overeenkomst'";
    private const string EndDateLabel = "'Einddatum van de overeenkomst'";
    private const string NoticeLabel = "'Opzegtermijn (maanden)'";
    private const string RenewalLabel = "'Wat gebeurt er na de einddatum?'";
    private const string EvaluationsLabel = "'Evaluatiemomenten'";
    private const string RolesLabel = "'Welke rollen zijn er, en welke partij levert ze?'";
    private const string FirstCohortLabel = "'Wanneer begint de eerste groep studenten?'";
    private const string TeacherOnSiteLabel = "'Hoeveel uur per week is de docent op de locatie aanwezig?'";
    private const string RolePeopleLabel = "'Aantal personen'";
    private const string RoleHoursLabel = "'Uren per week (per persoon)'";
    private const string SecondmentsLabel = "'Detacheringen'";
    private const string SecondmentCostsLabel = "'Wie draagt de loonkosten?'";

    /// <summary>The day by which the parties decide on going on, with how it follows from the answers.</summary>
    private static string Deadline(DateOnly deadline, int noticeMonths) =>
        $"het beslismoment over voortzetting ({Rendering.DutchFormat.Date(deadline)}: de einddatum min de opzegtermijn van {noticeMonths} {(noticeMonths == 1 ? "maand" : "maanden")})";

    /// <summary>An evaluation moment between the decision deadline and the end date.</summary>
    public static string EvaluationTooLate(DateOnly date, DateOnly deadline, int noticeMonths) =>
        $"Dit evaluatiemoment ({Rendering.DutchFormat.Date(date)}) valt na {Deadline(deadline, noticeMonths)}: het komt te laat om dat besluit te onderbouwen. "
        + $"Plan het uiterlijk op {Rendering.DutchFormat.Date(deadline)}, of pas {EndDateLabel}, {NoticeLabel} of {RenewalLabel} aan.";

    /// <summary>Evaluation moments given, but none before the decision deadline.</summary>
    public static string NoEvaluationBeforeDeadline(DateOnly deadline, int noticeMonths) =>
        $"Geen van de {EvaluationsLabel} valt binnen de looptijd vóór {Deadline(deadline, noticeMonths)}. "
        + "Plan er ten minste één eerder, zodat de partijen op basis van een evaluatie beslissen.";

    /// <summary>No evaluation moments while there is a decision to take.</summary>
    public static string EvaluationNeededBeforeDeadline(DateOnly deadline, int noticeMonths) =>
        $"Bij {RenewalLabel} is voor verlenging gekozen; plan daarom bij {EvaluationsLabel} ten minste één evaluatie vóór {Deadline(deadline, noticeMonths)}.";

    /// <summary>A notice period so long that the decision would fall on or before the start.</summary>
    public static string DeadlineNotAfterStart(DateOnly deadline, int noticeMonths, DateOnly start) =>
        $"Met deze opzegtermijn valt {Deadline(deadline, noticeMonths)} niet na de {StartDateLabel} ({Rendering.DutchFormat.Date(start)}), "
        + $"zodat er niets te evalueren valt voordat besloten wordt. Kies een kortere {NoticeLabel}, een latere {EndDateLabel} of 'geen verlenging' bij {RenewalLabel}.";

    /// <summary>A milestone or evaluation before the agreement starts.</summary>
    public static string DateBeforeStart(DateOnly date, DateOnly start) =>
        $"Deze datum ({Rendering.DutchFormat.Date(date)}) ligt vóór de {StartDateLabel} ({Rendering.DutchFormat.Date(start)}); "
        + "mijlpalen en evaluatiemomenten vallen binnen de looptijd van de overeenkomst.";

    /// <summary>A milestone or evaluation after the agreement ends.</summary>
    public static string DateAfterEnd(DateOnly date, DateOnly end) =>
        $"Deze datum ({Rendering.DutchFormat.Date(date)}) ligt na de {EndDateLabel} ({Rendering.DutchFormat.Date(end)}); "
        + "mijlpalen en evaluatiemomenten vallen binnen de looptijd van de overeenkomst.";

    /// <summary>The first cohort starting before the agreement does.</summary>
    public static string FirstCohortBeforeStart(DateOnly cohort, DateOnly start) =>
        $"Deze datum ({Rendering.DutchFormat.Date(cohort)}) ligt vóór de {StartDateLabel} ({Rendering.DutchFormat.Date(start)}): "
        + $"de eerste groep studenten kan niet beginnen voordat de overeenkomst ingaat. Kies bij {FirstCohortLabel} een datum op of na "
        + $"{Rendering.DutchFormat.Date(start)}, of een eerdere {StartDateLabel}.";

    /// <summary>The first cohort starting after the agreement has ended.</summary>
    public static string FirstCohortAfterEnd(DateOnly cohort, DateOnly end) =>
        $"Deze datum ({Rendering.DutchFormat.Date(cohort)}) ligt na de {EndDateLabel} ({Rendering.DutchFormat.Date(end)}): "
        + $"de eerste groep studenten kan niet beginnen als de overeenkomst al is afgelopen. Kies bij {FirstCohortLabel} een datum uiterlijk op "
        + $"{Rendering.DutchFormat.Date(end)}, of een latere {EndDateLabel}.";

    /// <summary>"Each party bears its own costs" beside budget lines split over parties.</summary>
    public static string OwnCostsButShared(IReadOnlyList<string> sharedLines) =>
        $"Bij 'Bekostigingsmodel' staat 'ieder draagt de eigen kosten', maar in 'Begroting per kostenpost' {(sharedLines.Count == 1 ? "is" : "zijn")} "
        + $"{Rendering.DutchFormat.Enumeration(sharedLines.Select(line => $"'{line}'").ToList())} over meer dan één partij verdeeld. "
        + "Kies een bekostigingsmodel met een verdeelsleutel, of laat elke kostenpost door één partij dragen.";

    /// <summary>A secondment's salary reimbursed by the receiving party while each party bears its own costs.</summary>
    public static string ReimbursedSecondmentWithOwnCosts(string employer, string receiver, string costsAnswer) =>
        $"Bij {SecondmentsLabel} vergoedt {receiver} de loonkosten aan {employer} ({SecondmentCostsLabel}: '{costsAnswer}'), maar bij 'Bekostigingsmodel' staat "
        + "'ieder draagt de eigen kosten'. Dan staan er in de overeenkomst geen afspraken over facturen, een betaaltermijn en een rekeningnummer "
        + $"voor die vergoeding. Kies een bekostigingsmodel waarin partijen kosten verrekenen, of laat {employer} de loonkosten dragen.";

    /// <summary>A secondment's salary reimbursed to a party that sends no invoices (so the agreement names no account of hers).</summary>
    public static string ReimbursedSecondmentNotInvoiced(string employer, string receiver) =>
        $"Bij {SecondmentsLabel} vergoedt {receiver} de loonkosten van een gedetacheerde medewerker aan {employer}, dus {employer} stuurt daarvoor "
        + $"facturen. Kies hier ja en vul het IBAN van {employer} in, zodat de overeenkomst het rekeningnummer noemt; of kies bij "
        + $"{SecondmentCostsLabel} dat {employer} de loonkosten draagt.";

    /// <summary>The BBL employer is not a care organisation; the question takes one party, so the care organisations are offered as alternatives.</summary>
    public static string BblEmployerNotCare(string name, string kind, IReadOnlyList<string> careOrganisations) =>
        $"Bij 'Welke partij is werkgever van de BBL-studenten en de duale hbo-studenten? (korte naam)' staat {name}, maar {name} is bij 'Soort organisatie' "
        + $"opgegeven als {kind}. De werkgever van BBL- en duale studenten is een zorgorganisatie, want die sluit de arbeidsovereenkomst met de student."
        + (careOrganisations.Count > 0 ? $" Kies {Rendering.DutchFormat.Alternatives(careOrganisations.Select(c => $"'{c}'").ToList())}." : string.Empty);

    /// <summary>Two questions naming the two sides of a relation name the same party.</summary>
    public static string SamePartyOnBothSides(string firstLabel, string secondLabel, string name, string why) =>
        $"'{firstLabel}' en '{secondLabel}' noemen allebei {name}; {why}";

    /// <summary>Why a processor and its controller differ.</summary>
    public const string ProcessorIsNotController =
        "een partij verwerkt niet in opdracht van zichzelf. Verwerkt geen partij voor een andere, beantwoord dan "
        + "'Verwerkt een partij persoonsgegevens in opdracht van een andere partij?' met nee.";

    /// <summary>Why a secondment has two parties.</summary>
    public const string SecondmentIsBetweenTwo = "een detachering gaat van de ene partij naar een andere.";

    /// <summary>A projectleider named without a projectleider role.</summary>
    public static string ProjectLeaderWithoutRole(string leader) =>
        $"Bij 'Wie is de projectleider?' staat {leader}, maar {RolesLabel} heeft geen rij met de rol projectleider. "
        + "Voeg die toe: de bijlage met rollen zegt welke partij de projectleider levert en betaalt.";

    /// <summary>A docent on site for more hours a week than the roles give the docenten.</summary>
    public static string TeacherOnSiteAboveRoleHours(decimal onSite, decimal roleHours) =>
        $"Bij {TeacherOnSiteLabel} staat {Rendering.DutchFormat.Number(onSite)} uur, maar bij {RolesLabel} krijgt de rol docent in totaal "
        + $"{Rendering.DutchFormat.Number(roleHours)} uur per week ({RolePeopleLabel} maal {RoleHoursLabel}, opgeteld over de rijen met die rol). "
        + "De overeenkomst zou dan meer uren op de locatie beloven dan de bijlage met rollen de docenten geeft. "
        + $"Vul bij {TeacherOnSiteLabel} hoogstens {Rendering.DutchFormat.Number(roleHours)} uur in, of geef de rol docent meer personen of uren.";

    /// <summary>No bestuurlijk overleg.</summary>
    public const string NoSteeringMeeting =
        "Bij 'Overleggen' ontbreekt een overleg op het niveau bestuurlijk. De overeenkomst geeft het bestuurlijk overleg de "
        + "beslissingen over begroting, tijdpad en wijzigingen; zonder dat overleg is niet geregeld wie die neemt.";

    /// <summary>A leerweg that does not belong to the kind of education.</summary>
    public static string LearningPathNotOfKind(string path, string kind) =>
        $"De leerweg {path} past niet bij {kind} (bij 'mbo of hbo'): "
        + (kind == "mbo" ? "een mbo-opleiding is BOL of BBL." : "een hbo-opleiding is voltijd, deeltijd of duaal.");

    /// <summary>A level that does not belong to the kind of education.</summary>
    public static string LevelNotOfKind(string level, string kind) =>
        $"Niveau {level} past niet bij {kind} (bij 'mbo of hbo'): "
        + (kind == "mbo" ? "mbo-opleidingen hebben niveau 2, 3 of 4." : "een hbo-bachelor heeft niveau 6.");

    /// <summary>A signing date before the day a version is submitted for review.</summary>
    public static string SigningDateBeforeSubmission(DateOnly signing, DateOnly today) =>
        $"De datum van ondertekening ({Rendering.DutchFormat.Date(signing)}) ligt vóór vandaag ({Rendering.DutchFormat.Date(today)}), "
        + "de dag waarop deze versie ter beoordeling wordt aangeboden. Kies een latere datum bij "
        + "'Datum van ondertekening (als alle partijen op dezelfde dag tekenen)', of laat die leeg als ieder op een eigen dag tekent, en maak een nieuwe versie.";
}
