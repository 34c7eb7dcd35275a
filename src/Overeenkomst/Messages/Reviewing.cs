namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds participants, review and finalising.
/// </summary>
public static partial class Messages
{
    /// <summary>Title of a step the lifecycle does not allow now.</summary>
    public const string TransitionRefusedTitle = "Dit kan niet in de huidige fase van de overeenkomst";

    /// <summary>Submitting is only possible from concept.</summary>
    public const string SubmitOnlyFromConcept = "Alleen een concept kan worden ingediend ter beoordeling.";

    /// <summary>Submitting needs a version whose answers name the parties.</summary>
    public static string SubmitWithoutParties(int version) =>
        $"Versie {version} noemt geen partijen, dus niemand kan haar goedkeuren. Vul de partijen in de vragenlijst in en maak een nieuwe versie.";

    /// <summary>Every party needs a participant to approve for it.</summary>
    public static string PartiesWithoutParticipants(IReadOnlyList<string> parties) =>
        $"Elke partij keurt de versie goed via een van haar deelnemers, maar {string.Join(", ", parties)} {(parties.Count == 1 ? "heeft" : "hebben")} nog geen deelnemer. Voeg bij de deelnemers iemand van {string.Join(" en ", parties)} toe.";

    /// <summary>A version with the text changes were asked in cannot be submitted again.</summary>
    public static string ResubmittedUnchanged(int version, int requested) =>
        version == requested
            ? $"In versie {version} is om wijzigingen gevraagd; die versie kan niet opnieuw worden ingediend. Verwerk de gevraagde wijzigingen, maak een nieuwe versie en dien die in."
            : $"Versie {version} heeft dezelfde tekst als versie {requested}, waarin om wijzigingen is gevraagd. Verwerk de gevraagde wijzigingen, maak een nieuwe versie en dien die in.";

    /// <summary>A participant whose organisation is none of the parties.</summary>
    public static string NotAParty(string organisation, IReadOnlyList<string> parties) =>
        $"U neemt deel namens '{organisation}', maar dat is geen partij van deze versie"
        + (parties.Count == 0 ? "." : $" (partijen: {string.Join(", ", parties)}).")
        + " Alleen een deelnemer van een partij kan namens die partij optreden; laat de eigenaar uw organisatie bij de deelnemers aanpassen.";

    /// <summary>A participant whose e-mail is outside their party's domains.</summary>
    public static string OutsidePartyDomains(string email, string party, IReadOnlyList<string> domains) =>
        $"U bent aangemeld als {email}, maar {party} werkt met e-mailadressen op {string.Join(", ", domains)}. Met dit adres kunt u niet namens {party} optreden; meld u aan met uw adres bij {party}.";

    /// <summary>Log detail: submitting counts as the submitter's party's approval.</summary>
    public static string SubmittedCountsAsApproval(string party) => $"indienen telt als goedkeuring door {party}";

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
    public const string AlreadyApproved = "Alle partijen hebben de ingediende versie al goedgekeurd.";

    /// <summary>Finalising is only possible once approved.</summary>
    public const string FinaliseOnlyWhenApproved =
        "Alleen een overeenkomst die door alle partijen is goedgekeurd, kan definitief worden gemaakt.";

    /// <summary>What is possible in the agreement's current status.</summary>
    public static string AllowedNow(string status, int? submitted, int? final) => status switch
    {
        Agreements.AgreementStatus.InReview => $"Nu ligt versie {submitted} ter beoordeling: de partijen kunnen opmerkingen maken, wijzigingen vragen of versie {submitted} goedkeuren.",
        Agreements.AgreementStatus.Approved => $"Nu is versie {submitted} door alle partijen goedgekeurd: een jurist kan de overeenkomst definitief maken.",
        Agreements.AgreementStatus.Definitief => $"De overeenkomst is definitief (versie {final}); u kunt haar alleen nog lezen, downloaden en ondertekenen.",
        Agreements.AgreementStatus.Ondertekend => $"De overeenkomst is definitief (versie {final}) en door iedereen ondertekend; u kunt haar alleen nog lezen en downloaden.",
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
    public static string LogApprovedByEveryone(string organisation) => $"goedgekeurd door {organisation}; alle partijen hebben goedgekeurd";

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

    /// <summary>Who may edit clause texts, as <see cref="RoleForbiddenDetail"/> names the role needed.</summary>
    public const string OwnerOrJuridisch = "juridisch (of de eigenaar van de overeenkomst)";

    /// <summary>Detail when the participants list gives a role the sign-in does not carry.</summary>
    public static string SignInLacksRole(string listedRole, IReadOnlyList<string> signInRoles) =>
        $"U staat in deze overeenkomst als {listedRole}, maar uw aanmelding heeft die rol niet"
        + (signInRoles.Count == 0 ? " (uw aanmelding heeft geen rol)" : $" (uw aanmelding: {string.Join(", ", signInRoles)})")
        + $". Vraag de beheerder van de aanmelding van uw organisatie om u de rol {listedRole} te geven.";

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

    /// <summary>A participant's organisation is none of the parties.</summary>
    public static string ParticipantNotAParty(int number, IReadOnlyList<string> parties) =>
        $"Deelnemer {number}: kies als organisatie een van de partijen uit de vragenlijst: {string.Join(", ", parties)}.";

    /// <summary>A participant's e-mail is outside their party's domains.</summary>
    public static string ParticipantOutsideDomains(int number, string party, IReadOnlyList<string> domains) =>
        $"Deelnemer {number}: dit e-mailadres hoort niet bij {party}, dat werkt met adressen op {string.Join(", ", domains)}.";

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
}
