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

    /// <summary>A template refers to a variable that does not exist.</summary>
    public static string TemplateUnknownVariable(string name) => $"de variabele '{name}' bestaat niet";

    /// <summary>Title of a render that failed in the template.</summary>
    public const string RenderFailedTitle = "De overeenkomst kon niet worden opgesteld";

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

    /// <summary>The development sign-in form has no valid e-mail address.</summary>
    public const string SignInEmailInvalid = "Vul een geldig e-mailadres in, zoals naam@organisatie.nl.";

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

    /// <summary>A text over the length limit.</summary>
    public static string TextTooLong(int max) => $"Gebruik hoogstens {max} tekens.";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
