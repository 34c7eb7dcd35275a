namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words.
/// </summary>
public static class Messages
{
    // Answers documents

    /// <summary>The body is not JSON at all.</summary>
    public static string AnswersNotJson(long line, long position) =>
        $"Het antwoordendocument is geen geldige JSON (regel {line + 1}, positie {position + 1}). Controleer aanhalingstekens, komma's en haakjes.";

    /// <summary>The body is JSON but not an object.</summary>
    public const string AnswersNotObject = "Het antwoordendocument moet een JSON-object zijn, met per vraag-id het antwoord.";

    /// <summary>The body is empty.</summary>
    public const string AnswersEmpty = "Het antwoordendocument is leeg. Stuur een JSON-object met de antwoorden.";

    /// <summary>The body nests deeper than any questionnaire does.</summary>
    public static string AnswersTooDeep(int maxDepth) =>
        $"Het antwoordendocument is dieper genest dan {maxDepth} niveaus; zo diep gaat geen vragenlijst.";

    /// <summary>The body is over the size limit.</summary>
    public static string AnswersTooLarge(long maxBytes) =>
        $"Het antwoordendocument is groter dan {maxBytes / 1024} kB. Zo groot wordt geen overeenkomst; controleer of er geen bestand in is geplakt.";

    /// <summary>Title of a problem with the answers document.</summary>
    public const string AnswersUnreadableTitle = "Het antwoordendocument kan niet worden gelezen";

    /// <summary>Title of a body over the size limit.</summary>
    public const string AnswersTooLargeTitle = "Het antwoordendocument is te groot";

    // Templates

    /// <summary>Start-up stops: templates have problems.</summary>
    public static string TemplatesInvalid(IReadOnlyList<string> problems) =>
        "De sjablonen van de overeenkomst bevatten fouten:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p));

    /// <summary>The template folder does not exist.</summary>
    public static string TemplateFolderMissing(string directory) =>
        $"De map met sjablonen '{directory}' bestaat niet. Stel 'Templates:Path' in op de map templates/overeenkomst.";

    /// <summary>The main template is missing.</summary>
    public static string MainTemplateMissing(string file, string directory) =>
        $"Het hoofdsjabloon '{file}' ontbreekt in '{directory}'.";

    /// <summary>An include names a template that does not exist.</summary>
    public static string UnknownPartial(string name) => $"het sjabloondeel '{name}' bestaat niet.";

    /// <summary>A render failed inside a template.</summary>
    public static string TemplateRenderFailed(string location, string detail) =>
        $"Het sjabloon kon niet worden ingevuld: {location}: {detail}";

    /// <summary>A template names something that is neither an answer nor a function.</summary>
    public static string TemplateNameUnknown(string name) =>
        $"'{name}' is geen vraag uit de vragenlijst en geen functie (controleer de schrijfwijze).";

    /// <summary>A loop in a template ran into the loop limit.</summary>
    public static string TemplateLoopLimit(string limit) => $"een lus liep meer dan {limit} keer en is gestopt.";

    /// <summary>A template part or function called itself too deeply.</summary>
    public static string TemplateRecursionLimit(string name, string limit) =>
        $"'{name}' roept zichzelf meer dan {limit} keer aan en is gestopt.";

    /// <summary>A template reads a member of something that has no value.</summary>
    public static string TemplateMemberOfNothing(string path) =>
        $"'{path}' kan niet worden gelezen: wat ervoor staat heeft geen waarde.";

    /// <summary>A template loops over something that is not a list.</summary>
    public static string TemplateLoopOverNonList(string type) => $"een lus gaat over iets dat geen lijst is ({type}).";

    /// <summary>Title of a render that failed in the template.</summary>
    public const string RenderFailedTitle = "De overeenkomst kon niet worden opgesteld";

    /// <summary>Title when more renders wait for their turn than may.</summary>
    public const string RenderTurnsFullTitle = "Het is te druk om de overeenkomst nu op te stellen";

    /// <summary>Detail when more renders wait for their turn than may.</summary>
    public const string RenderTurnsFullDetail = "Er wachten al te veel overeenkomsten op hun beurt. Er is niets opgeslagen; probeer het over een paar seconden opnieuw.";

    /// <summary>Start-up error: the settings of the render turns cannot work.</summary>
    public const string RenderTurnsMisconfigured = "RenderTurns:AtOnce moet een getal groter dan 0 zijn (of ontbreken: één per processorkern) en RenderTurns:Waiting 0 of meer.";

    // Formatting functions in templates

    /// <summary>A template asked to format a value that is not a date.</summary>
    public static string NotADate(object? value) => $"'{value}' is geen datum (verwacht: JJJJ-MM-DD)";

    /// <summary>A template asked to format a value that is not a number.</summary>
    public static string NotANumber(object? value) => $"'{value}' is geen getal";

    // Rendering

    /// <summary>The marking on every page of a draft.</summary>
    public static string DraftMarking(int version) => $"CONCEPT — versie {version}";

    /// <summary>The marking of a draft that is only looked at, not stored.</summary>
    public const string DraftMarkingUnsaved = "CONCEPT — niet opgeslagen";

    /// <summary>The description in a document's properties.</summary>
    public static string DocumentDescription(string templateVersion) => $"Opgesteld met Overeenkomst, sjabloonversie {templateVersion}.";

    /// <summary>The title when a template produced none.</summary>
    public const string UntitledAgreement = "Samenwerkingsovereenkomst";

    // HTTP

    /// <summary>Health check answer.</summary>
    public const string Healthy = "Overeenkomst werkt.";

    /// <summary>Title of an unexpected error.</summary>
    public const string UnexpectedErrorTitle = "Er ging iets mis aan onze kant";

    /// <summary>Detail of an unexpected error.</summary>
    public const string UnexpectedErrorDetail = "Er is niets opgeslagen of gewijzigd. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de beheerder.";

    /// <summary>Who made a render when nobody is signed in.</summary>
    public const string AnonymousCreator = "Overeenkomst";

    /// <summary>Dutch title for an HTTP status the framework answers by itself.</summary>
    public static string StatusTitle(int status) => status switch
    {
        400 => "Het verzoek is niet juist opgebouwd",
        401 => "U bent niet aangemeld",
        403 => "U mag dit niet doen",
        404 => "Niet gevonden",
        405 => "Deze handeling is hier niet mogelijk",
        409 => "Dit botst met de huidige stand van zaken",
        412 => "Iemand anders heeft dit intussen gewijzigd",
        413 => "Het verzoek is te groot",
        415 => "Dit soort inhoud wordt niet ondersteund",
        422 => "De gegevens kunnen niet worden verwerkt",
        428 => "Geef aan welke versie u wijzigt",
        429 => "Te veel verzoeken; probeer het zo opnieuw",
        _ => "Het verzoek kon niet worden uitgevoerd",
    };

    /// <summary>Detail when the content type is not JSON.</summary>
    public const string NotJsonContentTypeDetail = "Gebruik het inhoudstype 'application/json'.";

    // Command line

    /// <summary>The CLI could not find the answers file.</summary>
    public static string AnswersFileMissing(string path) => $"Het antwoordenbestand '{path}' bestaat niet.";

    /// <summary>The CLI could not write the output file.</summary>
    public static string OutputNotWritable(string path, string reason) => $"Kan '{path}' niet schrijven: {reason}";

    /// <summary>The CLI wrote the document.</summary>
    public static string DocumentWritten(string path, string sha256) => $"Overeenkomst geschreven naar {path} (SHA-256 {sha256}).";

    // Identity

    /// <summary>Start-up stops: the development sign-in is asked for outside Development.</summary>
    public static string DevelopmentSignInRefused(string environment) =>
        $"De ontwikkelaanmelding (Auth:Mode = Development) kan alleen in de omgeving Development aan; deze omgeving is '{environment}'. Gebruik Auth:Mode = EasyAuth (App Service-verificatie).";

    /// <summary>The development sign-in form lacks a name.</summary>
    public const string SignInNameMissing = "Vul een naam in.";

    /// <summary>The development sign-in form lacks an organisation.</summary>
    public const string SignInOrganisationMissing = "Vul de organisatie in.";

    /// <summary>The development sign-in form lacks a role.</summary>
    public const string SignInRoleMissing = "Kies een rol: opleiding, zorg of juridisch.";

    // Agreements and their storage (issue 4)

    /// <summary>The title of an agreement, from the name of its learning workplace.</summary>
    public static string AgreementTitle(string workplace) => $"Samenwerkingsovereenkomst {workplace}";

    /// <summary>Title when the store cannot be reached.</summary>
    public const string StorageUnavailableTitle = "De opslag is even niet bereikbaar";

    /// <summary>Detail when the store cannot be reached.</summary>
    public const string StorageUnavailableDetail = "Er is niets opgeslagen of gewijzigd. Probeer het over een halve minuut opnieuw.";

    /// <summary>Title when an agreement does not exist.</summary>
    public const string AgreementNotFoundTitle = "Deze overeenkomst bestaat niet";

    /// <summary>Detail when an agreement does not exist.</summary>
    public const string AgreementNotFoundDetail = "Er is geen overeenkomst met dit kenmerk. Controleer de link of kies de overeenkomst opnieuw uit de lijst.";

    /// <summary>Title when a version does not exist.</summary>
    public const string VersionNotFoundTitle = "Deze versie bestaat niet";

    /// <summary>Detail when a version does not exist.</summary>
    public static string VersionNotFoundDetail(int number) =>
        $"Deze overeenkomst heeft geen versie {number}. Bekijk de lijst met versies voor de nummers die er zijn.";

    /// <summary>Title when a save does not say which state it changes.</summary>
    public const string IfMatchMissingTitle = "Geef aan welke versie u wijzigt";

    /// <summary>Detail when a save does not say which state it changes.</summary>
    public const string IfMatchMissingDetail =
        "Stuur bij het opslaan de ETag mee die u bij het ophalen van de overeenkomst kreeg, in de kop If-Match. Zo overschrijft u nooit ongemerkt het werk van een ander.";

    /// <summary>Title when someone else saved in between.</summary>
    public const string AgreementChangedTitle = "Iemand anders heeft de overeenkomst intussen gewijzigd";

    /// <summary>Detail when someone else saved in between.</summary>
    public const string AgreementChangedDetail =
        "Uw antwoorden zijn niet opgeslagen en er is niets gewijzigd. Haal de overeenkomst opnieuw op, bekijk de wijzigingen van de ander en sla daarna uw antwoorden opnieuw op.";

    /// <summary>Title when a version number could not be claimed.</summary>
    public const string VersionConflictTitle = "Er werden tegelijk andere versies gemaakt";

    /// <summary>Detail when a version number could not be claimed.</summary>
    public const string VersionConflictDetail = "Er is geen nieuwe versie gemaakt. Probeer het opnieuw.";

    /// <summary>The heading of the HTML preview page of a version.</summary>
    public static string VersionPreviewTitle(string title, int number) => $"{title} — concept versie {number}";

    // ── Questionnaire, validation and quality check (issue 3) ──────────────────────────────────────────────

    /// <summary>Start-up stops: the questionnaire definition has problems.</summary>
    public static string QuestionnaireInvalid(IReadOnlyList<string> problems) =>
        "De definitie van de vragenlijst bevat fouten:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p));

    /// <summary>The definition file does not exist.</summary>
    public static string QuestionnaireFileMissing(string path) =>
        $"Het bestand met de vragenlijst '{path}' bestaat niet. Stel 'Questionnaire:Path' in op templates/vragenlijst/vragenlijst.json.";

    /// <summary>The definition file is not JSON.</summary>
    public static string QuestionnaireNotJson(string file, long line, string detail) =>
        $"{file}: de vragenlijst is geen geldige JSON (regel {line + 1}): {detail}";

    /// <summary>The definition has no sections.</summary>
    public const string QuestionnaireNoSections = "de vragenlijst heeft geen secties.";

    /// <summary>A section without id.</summary>
    public static string QuestionnaireSectionWithoutId(int number) => $"sectie {number} heeft geen id.";

    /// <summary>A required field of the definition is missing.</summary>
    public static string QuestionnaireMissingField(string where, string field) => $"{where}: het veld '{field}' ontbreekt of is leeg.";

    /// <summary>A section names a point outside 1–14.</summary>
    public static string QuestionnaireBadPoint(string section, int point) => $"sectie '{section}': punt {point} bestaat niet; bouwsteen 5 kent de punten 1 tot en met 14.";

    /// <summary>No section covers a point of bouwsteen 5.</summary>
    public static string QuestionnairePointNotCovered(int point) => $"geen enkele sectie vraagt naar punt {point} van bouwsteen 5.";

    /// <summary>A question id breaks the naming rule.</summary>
    public static string QuestionnaireBadId(string parent, string id) =>
        $"{parent}: vraag-id '{id}' is ongeldig; gebruik kleine letters, cijfers en liggende streepjes, beginnend met een letter.";

    /// <summary>An unknown question type.</summary>
    public static string QuestionnaireUnknownType(string question, string? type, IEnumerable<string> known) =>
        $"{question}: het type '{type}' bestaat niet; kies uit {string.Join(", ", known)}.";

    /// <summary>A choice question without options.</summary>
    public static string QuestionnaireChoiceWithoutOptions(string question) => $"{question}: een keuzevraag heeft opties nodig.";

    /// <summary>A group without questions.</summary>
    public static string QuestionnaireGroupWithoutQuestions(string question) => $"{question}: een groep heeft vragen nodig.";

    /// <summary>A minimum above its maximum.</summary>
    public static string QuestionnaireMinAboveMax(string question) => $"{question}: het minimum is groter dan het maximum.";

    /// <summary>A default that is not a valid answer to its own question.</summary>
    public static string QuestionnaireBadDefault(string question, string detail) => $"{question}: de standaardwaarde is geen geldig antwoord: {detail}";

    /// <summary>Two sections share an id.</summary>
    public static string QuestionnaireDuplicateSection(string id) => $"de sectie-id '{id}' komt meer dan eens voor.";

    /// <summary>Two questions share an id.</summary>
    public static string QuestionnaireDuplicateId(string id, string? group) =>
        group is null ? $"de vraag-id '{id}' komt meer dan eens voor." : $"de vraag-id '{id}' komt meer dan eens voor in de groep '{group}'.";

    /// <summary>A condition does not parse.</summary>
    public static string QuestionnaireConditionDoesNotParse(string question, string expression, string detail) =>
        $"{question}: de voorwaarde '{expression}' is geen geldige Scriban-expressie: {detail}";

    /// <summary>A condition reads an id that does not exist.</summary>
    public static string QuestionnaireConditionUnknownId(string question, string expression, string name) =>
        $"{question}: de voorwaarde '{expression}' noemt '{name}', maar zo'n vraag bestaat niet.";

    // Validation of answers

    /// <summary>A required question has no answer.</summary>
    public const string Required = "Deze vraag is verplicht.";

    /// <summary>Expected text.</summary>
    public const string NotText = "Vul hier tekst in.";

    /// <summary>Text over the length limit.</summary>
    public static string TextTooLong(int max) => $"Dit antwoord is langer dan {max} tekens; maak het korter.";

    /// <summary>Expected a number.</summary>
    public const string NotANumberAnswer = "Vul een getal in, bijvoorbeeld 6 of 1,5.";

    /// <summary>A number typed with points and commas that is not Dutch notation (such as "1.5" or "12.50").</summary>
    public static string NotDutchNotation(string given) =>
        $"'{given}' is geen getal zoals het in het Nederlands wordt geschreven: een punt scheidt duizendtallen (24.000) en een komma de decimalen (1,5 of 24.000,50).";

    /// <summary>A number too large to hold.</summary>
    public const string NumberOutOfRange = "Dit getal is te groot; vul een kleiner getal in.";

    /// <summary>A number below the minimum.</summary>
    public static string NumberBelowMinimum(decimal min) => $"Het getal mag niet kleiner zijn dan {Rendering.DutchFormat.Number(min)}.";

    /// <summary>A number above the maximum.</summary>
    public static string NumberAboveMaximum(decimal max) => $"Het getal mag niet groter zijn dan {Rendering.DutchFormat.Number(max)}.";

    /// <summary>Too many decimals.</summary>
    public static string TooManyDecimals(int places) => $"Gebruik hoogstens {places} cijfers achter de komma.";

    /// <summary>Expected an ISO date.</summary>
    public const string NotADateAnswer = "Vul een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2026-09-01.";

    /// <summary>Expected yes or no.</summary>
    public const string NotYesNo = "Kies ja of nee.";

    /// <summary>Not one of the options.</summary>
    public static string NotAnOption(IReadOnlyList<string> options) => $"Kies uit: {string.Join(", ", options)}.";

    /// <summary>Expected a list.</summary>
    public const string NotAList = "Hier hoort een lijst.";

    /// <summary>A list item is not an object.</summary>
    public const string NotAnItem = "Elk onderdeel van deze lijst moet een object met antwoorden zijn.";

    /// <summary>A group question answered with a single value.</summary>
    public const string NotAGroup = "Deze vraag verwacht een lijst met onderdelen.";

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
    public const string NotAKvkNumber = "Een KvK-nummer bestaat uit precies 8 cijfers.";

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

    // Quality check: the rules, their sources and the explanations with the deciding figure

    /// <summary>The Dutch word for an outcome.</summary>
    public static string QualityOutcomeText(Quality.QualityOutcome outcome) => outcome switch
    {
        Quality.QualityOutcome.Met => "voldaan",
        Quality.QualityOutcome.NotMet => "niet voldaan",
        _ => "onbekend",
    };

    /// <summary>The answers needed for a rule are missing; names the question ids.</summary>
    public static string QualityNotAnswered(params string[] questionIds) =>
        $"De vragen die hiervoor nodig zijn, zijn nog niet (geldig) beantwoord: {string.Join(", ", questionIds)}.";

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
    public const string RuleQ5 = "Voltijdstudenten zijn boventallig; BBL-studenten krijgen leer- en innovatietijd.";

    /// <summary>Q6.</summary>
    public const string RuleQ6 = "Een lectoraat (hbo) en/of practoraat (mbo) is betrokken.";

    /// <summary>Q7.</summary>
    public const string RuleQ7 = "Elke kostenpost wordt gedragen door deelnemende organisaties (aandelen samen 100 %).";

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
    public const string RuleQ16 = "Mijlpalen en evaluatiemomenten zijn gepland.";

    /// <summary>Q17.</summary>
    public const string RuleQ17 = "Bij- en nascholing voor werkbegeleiders en docenten is geregeld.";

    /// <summary>Q18.</summary>
    public const string RuleQ18 = "Werken en leren vinden plaats in een keten van zorgsettings (ideaal, geen minimum).";

    /// <summary>Q1 explanation.</summary>
    public static string StudentsPerWard(decimal figure, decimal minimum) =>
        $"{Rendering.DutchFormat.Number(figure)} studenten per afdeling; het onderzoek adviseert er minimaal {Rendering.DutchFormat.Number(minimum)}.";

    /// <summary>Q2 explanation.</summary>
    public static string LevelsMixed(int levels, int programmes, bool mboAndHbo) =>
        $"{levels} {(levels == 1 ? "niveau" : "niveaus")} en {programmes} {(programmes == 1 ? "opleiding" : "opleidingen")}"
        + (mboAndHbo ? ", mbo en hbo samen: het ideaal uit het onderzoek." : "; het onderzoek adviseert ten minste twee niveaus of opleidingen, bij voorkeur mbo en hbo samen.");

    /// <summary>Q3 explanation.</summary>
    public static string WeeklyHours(decimal education, decimal reflection, decimal project) =>
        $"Per week {Rendering.DutchFormat.Number(education)} uur onderwijs, {Rendering.DutchFormat.Number(reflection)} uur leren en reflecteren en {Rendering.DutchFormat.Number(project)} uur projectwerk; het onderzoek adviseert minimaal 1,5, 1 en 1,5 uur.";

    /// <summary>Q4 explanation.</summary>
    public static string PermanentStaff(decimal figure, decimal minimum) =>
        $"{Rendering.DutchFormat.Percentage(figure)} van het team is in vaste dienst; het onderzoek adviseert minimaal {Rendering.DutchFormat.Percentage(minimum)}.";

    /// <summary>Q5 explanation.</summary>
    public static string Supernumerary(bool supernumerary, bool hasBbl, bool learningTime) =>
        (supernumerary ? "Voltijdstudenten zijn boventallig" : "Voltijdstudenten tellen mee in de formatie")
        + (hasBbl ? (learningTime ? " en BBL-studenten krijgen leer- en innovatietijd." : ", maar BBL-studenten krijgen geen leer- en innovatietijd.") : "; er zijn geen BBL-studenten.")
        + (supernumerary && (!hasBbl || learningTime) ? string.Empty : " Het onderzoek adviseert boventalligheid en, bij BBL, leer- en innovatietijd.");

    /// <summary>Q6 explanation.</summary>
    public static string ResearchInvolved(bool lectoraat, bool practoraat) => (lectoraat, practoraat) switch
    {
        (true, true) => "Een lectoraat en een practoraat zijn betrokken.",
        (true, false) => "Een lectoraat is betrokken.",
        (false, true) => "Een practoraat is betrokken.",
        _ => "Er is geen lectoraat of practoraat betrokken; het onderzoek adviseert er een te betrekken.",
    };

    /// <summary>Q7 explanation.</summary>
    public static string CostsCovered(int lines, IReadOnlyList<string> uncovered) =>
        uncovered.Count == 0
            ? (lines == 1 ? "De kostenpost is voor 100 % verdeeld over de partijen." : $"Alle {lines} kostenposten zijn voor 100 % verdeeld over de partijen.")
            : $"{uncovered.Count} van de {lines} kostenposten {(uncovered.Count == 1 ? "is" : "zijn")} niet voor 100 % verdeeld: {string.Join(", ", uncovered)}.";

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
            ? (programmes == 1 ? "De opleiding heeft een CREBO- of CROHO-code." : $"Alle {programmes} opleidingen hebben een CREBO- of CROHO-code.")
            : $"Zonder CREBO- of CROHO-code: {string.Join(", ", without)}.";

    /// <summary>Q16 explanation.</summary>
    public static string MilestonesPlanned(int milestones, int evaluations) =>
        $"{milestones} {(milestones == 1 ? "mijlpaal" : "mijlpalen")} en {evaluations} {(evaluations == 1 ? "evaluatiemoment" : "evaluatiemomenten")} gepland"
        + (milestones > 0 && evaluations > 0 ? "." : "; bouwsteen 4 vraagt beide vooraf te plannen.");

    /// <summary>Q17 explanation.</summary>
    public static string TrainingArranged(bool coaches, bool teachers) => (coaches, teachers) switch
    {
        (true, true) => "Bij- en nascholing is geregeld voor werkbegeleiders en docenten.",
        (true, false) => "Bij- en nascholing is geregeld voor werkbegeleiders, niet voor docenten.",
        (false, true) => "Bij- en nascholing is geregeld voor docenten, niet voor werkbegeleiders.",
        _ => "Bij- en nascholing is niet geregeld voor werkbegeleiders en docenten.",
    };

    /// <summary>Q18 explanation.</summary>
    public static string Chain(bool yes) => yes
        ? "Studenten leren in een keten van zorgsettings."
        : "Studenten leren in één setting; leren in de keten is het ideaal uit het onderzoek, geen minimum.";

    // Command line: validate, check, render refusing invalid answers

    /// <summary>The answers have no errors.</summary>
    public const string CliAnswersValid = "De antwoorden zijn volledig en geldig.";

    /// <summary>The answers have errors.</summary>
    public static string CliAnswersInvalid(int count) => count == 1 ? "Er is 1 fout in de antwoorden:" : $"Er zijn {count} fouten in de antwoorden:";

    /// <summary>Heading of the completeness table.</summary>
    public const string CliSectionsHeading = "Volledigheid per sectie (beantwoord/verplicht):";

    /// <summary>Heading of the quality table.</summary>
    public const string CliQualityHeading = "Kwaliteitstoets:";

    /// <summary>The source of a finding.</summary>
    public static string CliSource(string source) => $"bron: {source}";

    /// <summary>Render refused.</summary>
    public const string RenderRefused = "De overeenkomst is niet opgesteld, omdat de antwoorden nog niet volledig of geldig zijn:";

    /// <summary>Title of a 422 with validation errors.</summary>
    public const string AnswersInvalidTitle = "De antwoorden zijn nog niet volledig of geldig";

    /// <summary>Detail of a 422 with validation errors.</summary>
    public static string AnswersInvalidDetail(int count) =>
        (count == 1 ? "Er is 1 fout" : $"Er zijn {count} fouten") + " in de antwoorden; zie 'errors' voor de melding per vraag-id.";

    /// <summary>The cross-field rules as the questionnaire document lists them.</summary>
    public static IReadOnlyList<string> CrossFieldRuleDescriptions { get; } =
    [
        "Ten minste één zorgorganisatie en één onderwijsinstelling (mbo-instelling of hogeschool) doen mee.",
        "Elke partij heeft een eigen korte naam.",
        "De einddatum ligt na de ingangsdatum.",
        "Per kostenpost tellen de aandelen van de partijen op tot 100 %.",
        "Rollen, voorzieningen en kostenverdeling noemen alleen partijen uit de overeenkomst.",
        "Aantallen, uren en bedragen zijn niet negatief.",
    ];

    /// <summary>The heading of the HTML preview page of the final version.</summary>
    public static string FinalPreviewTitle(string title, int number) => $"{title} — definitieve versie {number}";

    // People, review and finalising (issue 5)

    /// <summary>Title of a step the lifecycle does not allow now.</summary>
    public const string TransitionRefusedTitle = "Dit kan niet in de huidige fase van de overeenkomst";

    /// <summary>Submitting is only possible from concept.</summary>
    public const string SubmitOnlyFromConcept = "Alleen een concept kan worden ingediend ter beoordeling.";

    /// <summary>Submitting needs a care organisation among the participants.</summary>
    public const string SubmitWithoutReviewers =
        "Er is nog geen deelnemer met de rol zorg die de versie kan beoordelen. Voeg eerst de zorgorganisatie(s) toe als deelnemer.";

    /// <summary>A step names a version that does not exist.</summary>
    public static string LifecycleVersionMissing(int version) => $"Versie {version} bestaat niet.";

    /// <summary>Nothing changes once the agreement is final.</summary>
    public const string AgreementIsFinal = "De overeenkomst is definitief en verandert niet meer.";

    /// <summary>A request for changes or an approval while no version is under review.</summary>
    public const string NothingUnderReview = "Er ligt geen versie ter beoordeling.";

    /// <summary>A request for changes or an approval of another version than the submitted one.</summary>
    public static string NotTheSubmittedVersion(int version, int submitted) =>
        $"Versie {version} is niet de ingediende versie; alleen een oordeel over versie {submitted} telt.";

    /// <summary>An approval while the agreement is already approved.</summary>
    public const string AlreadyApproved = "Alle zorgorganisaties hebben de ingediende versie al goedgekeurd.";

    /// <summary>Finalising is only possible once approved.</summary>
    public const string FinaliseOnlyWhenApproved =
        "Alleen een overeenkomst die door alle zorgorganisaties is goedgekeurd, kan definitief worden gemaakt.";

    /// <summary>What is possible in the agreement's current status.</summary>
    public static string AllowedNow(string status, int? submitted, int? final) => status switch
    {
        Agreements.AgreementStatus.InReview => $"Nu ligt versie {submitted} ter beoordeling: de zorgorganisaties kunnen opmerkingen maken, wijzigingen vragen of versie {submitted} goedkeuren.",
        Agreements.AgreementStatus.Approved => $"Nu is versie {submitted} door alle zorgorganisaties goedgekeurd: een jurist kan de overeenkomst definitief maken.",
        Agreements.AgreementStatus.Definitief => $"De overeenkomst is definitief (versie {final}); u kunt haar alleen nog lezen en downloaden.",
        _ => "Nu is de overeenkomst een concept: de opleiding kan antwoorden en deelnemers wijzigen, versies maken en een versie indienen ter beoordeling.",
    };

    /// <summary>What "the answers" are called in a log line.</summary>
    public const string ChangedAnswers = "de antwoorden";

    /// <summary>What "the participants" are called in a log line.</summary>
    public const string ChangedParticipants = "de deelnemers";

    /// <summary>Log: the agreement returned to concept after a change, and why.</summary>
    public static string ReturnedToConceptBecause(string what, int submitted, IReadOnlyList<string> voided) =>
        $"{Capitalised(what)} zijn gewijzigd nadat versie {submitted} was ingediend; de overeenkomst is terug in concept"
        + (voided.Count == 0 ? "." : $" en de goedkeuring van {string.Join(", ", voided)} is vervallen.");

    /// <summary>Log: a version was submitted for review.</summary>
    public const string LogSubmitted = "ingediend ter beoordeling";

    /// <summary>Log: back to concept.</summary>
    public const string LogReturnedToConcept = "terug naar concept";

    /// <summary>Log: a comment.</summary>
    public static string LogCommented(string organisation) => $"opmerking van {organisation}";

    /// <summary>Log: changes requested.</summary>
    public static string LogChangesRequested(string organisation) => $"wijziging gevraagd door {organisation}; terug naar concept";

    /// <summary>Log: one organisation approved.</summary>
    public static string LogApprovedBy(string organisation) => $"goedgekeurd door {organisation}";

    /// <summary>Log: the last organisation approved.</summary>
    public static string LogApprovedByEveryone(string organisation) => $"goedgekeurd door {organisation}; alle zorgorganisaties hebben goedgekeurd";

    /// <summary>Log: finalised.</summary>
    public const string LogFinalised = "definitief gemaakt";

    /// <summary>Log: which approved version the final was made from, and its fingerprint.</summary>
    public static string LogFinalisedDetail(int approved, string sha256) => $"gemaakt van goedgekeurde versie {approved}; SHA-256 {sha256}";

    /// <summary>Log: the participants were set.</summary>
    public const string LogParticipantsSet = "deelnemers vastgesteld";

    /// <summary>Title when a participant's role does not allow a step.</summary>
    public const string RoleForbiddenTitle = "Uw rol in deze overeenkomst staat dit niet toe";

    /// <summary>Detail when a participant's role does not allow a step.</summary>
    public static string RoleForbiddenDetail(string yourRole, string neededRole) =>
        $"U neemt deel met de rol {yourRole}; dit mag alleen een deelnemer met de rol {neededRole}.";

    /// <summary>Detail when creating an agreement without the opleiding sign-in role.</summary>
    public const string CreateNeedsOpleiding = "Alleen iemand met de rol opleiding kan een overeenkomst aanmaken.";

    /// <summary>Title of an invalid participants list.</summary>
    public const string ParticipantsInvalidTitle = "De deelnemers kloppen niet";

    /// <summary>The body has no participants list.</summary>
    public const string ParticipantsMissing = "Stuur een lijst 'participants' met per deelnemer e-mail, organisatie en rol.";

    /// <summary>The list is longer than any agreement needs.</summary>
    public static string TooManyParticipants(int max) => $"Een overeenkomst heeft hoogstens {max} deelnemers.";

    /// <summary>A participant's e-mail is not an address.</summary>
    public static string ParticipantEmailInvalid(int number) => $"Deelnemer {number}: vul een geldig e-mailadres in, zoals naam@organisatie.nl.";

    /// <summary>A participant lacks an organisation.</summary>
    public static string ParticipantOrganisationMissing(int number) => $"Deelnemer {number}: vul de organisatie in.";

    /// <summary>A participant has an unknown role.</summary>
    public static string ParticipantRoleUnknown(int number) => $"Deelnemer {number}: kies een rol: opleiding, zorg of juridisch.";

    /// <summary>A participant appears twice.</summary>
    public static string ParticipantDuplicate(int number, int first) =>
        $"Deelnemer {number}: dit e-mailadres staat al bij deelnemer {first}. Iemand neemt één keer deel, met één rol.";

    /// <summary>The owner was left out.</summary>
    public static string ParticipantOwnerRemoved(string owner) =>
        $"De eigenaar van de overeenkomst ({owner}) kan niet worden verwijderd.";

    /// <summary>The owner must keep the opleiding role.</summary>
    public static string ParticipantOwnerRole(int number) =>
        $"Deelnemer {number}: de eigenaar van de overeenkomst houdt de rol opleiding.";

    /// <summary>Title of an invalid review or submission.</summary>
    public const string ReviewInvalidTitle = "Het oordeel is niet compleet";

    /// <summary>A version number is missing.</summary>
    public const string VersionNumberMissing = "Geef het nummer van de versie (1 of hoger).";

    /// <summary>The kind of review is unknown.</summary>
    public const string ReviewKindUnknown = "Kies het soort oordeel: opmerking, wijziging_gevraagd of goedkeuring.";

    /// <summary>A comment or request for changes without text.</summary>
    public const string ReviewTextMissing = "Schrijf uw opmerking of de reden voor de gevraagde wijziging.";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // Hosting

    /// <summary>The request body ended early, usually because the connection was broken.</summary>
    public const string AnswersIncomplete = "Het antwoordendocument is niet volledig aangekomen; de verbinding werd onderbroken. Probeer het opnieuw.";

    // The web app

    /// <summary>The title of the preview of answers that are not stored as a version yet.</summary>
    public const string AnswersPreviewTitle = "Voorbeeld van de overeenkomst (niet opgeslagen)";
}
