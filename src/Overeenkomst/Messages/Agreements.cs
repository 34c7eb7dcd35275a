namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds agreements and their storage.
/// </summary>
public static partial class Messages
{
    /// <summary>
    /// What each participant role (opleiding, zorg, juridisch) is called wherever a page names it; the web app gets these
    /// from <c>GET /api/me</c> rather than keeping a copy.
    /// </summary>
    public static IReadOnlyDictionary<string, string> RoleLabels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["opleiding"] = "Opleidingsmanager",
        ["zorg"] = "Zorgorganisatie",
        ["juridisch"] = "Jurist",
    };

    /// <summary>What each agreement status is called on a page; the web app gets these from <c>GET /api/me</c> too.</summary>
    public static IReadOnlyDictionary<string, string> StatusLabels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["concept"] = "Concept",
        ["in_review"] = "Ter beoordeling",
        ["approved"] = "Goedgekeurd",
        ["definitief"] = "Definitief",
        ["ondertekend"] = "Ondertekend",
    };

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

    /// <summary>A name too long to keep as the agreement's title.</summary>
    public static string TitleTooLong(int max, int given) =>
        $"Deze naam is te lang om als titel van de overeenkomst te bewaren: hoogstens {max} tekens, u gaf er {given}.";
}
