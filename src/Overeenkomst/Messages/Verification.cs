namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds checking versions and documents.
/// </summary>
public static partial class Messages
{
    /// <summary>Title when a sent document is not a version the caller may know about.</summary>
    public const string UnknownDocumentTitle = "Onbekend document";

    /// <summary>
    /// Detail when a sent document is not a version the caller may know about: the same words whether it was never made
    /// here or belongs to an agreement the caller does not take part in, so the answer reveals nothing.
    /// </summary>
    public const string UnknownDocumentDetail =
        "Dit document is niet herkend als een versie van een overeenkomst waaraan u deelneemt. Controleer of u het bestand stuurt zoals u het hebt gedownload, zonder het te openen en op te slaan.";

    /// <summary>Title when no document was sent.</summary>
    public const string DocumentMissingTitle = "Er is geen document meegestuurd";

    /// <summary>Detail when no document was sent.</summary>
    public const string DocumentMissingDetail = "Stuur het Word-bestand (.docx) als inhoud van het verzoek.";

    /// <summary>Title when the document sent is larger than any agreement.</summary>
    public const string DocumentTooLargeTitle = "Het document is te groot";

    /// <summary>Detail when the document sent is larger than any agreement.</summary>
    public static string DocumentTooLarge(int maxBytes) =>
        $"Een overeenkomst uit Overeenkomst is veel kleiner dan {maxBytes / (1024 * 1024)} MB; dit bestand is groter en kan er dus geen zijn.";
}
