namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds the HTTP API and the web app.
/// </summary>
public static partial class Messages
{
    /// <summary>Health check answer.</summary>
    public const string Healthy = "Overeenkomst werkt.";

    /// <summary>Title of an unexpected error.</summary>
    public const string UnexpectedErrorTitle = "Er ging iets mis aan onze kant";

    /// <summary>Detail of an unexpected error.</summary>
    public const string UnexpectedErrorDetail = "Er is niets opgeslagen of gewijzigd. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de beheerder.";

    /// <summary>Why the handler stopped at start: a setting it validates does not hold (the setting's own sentence follows).</summary>
    public static string SettingsDoNotHold(string reasons) => $"De handler start niet: een instelling klopt niet. {reasons}";

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

    /// <summary>The title of the preview of answers that are not stored as a version yet.</summary>
    public const string AnswersPreviewTitle = "Voorbeeld van de overeenkomst (niet opgeslagen)";

    /// <summary>Title when another site made the browser send a request that changes something.</summary>
    public const string CrossSiteRefusedTitle = "Verzoek van een andere website geweigerd";

    /// <summary>Detail when another site made the browser send a request that changes something.</summary>
    public const string CrossSiteRefusedDetail =
        "Dit verzoek kwam van een andere website dan Overeenkomst en is niet uitgevoerd. Open Overeenkomst zelf en probeer het daar opnieuw.";
}
