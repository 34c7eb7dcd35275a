namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds reading an answers document.
/// </summary>
public static partial class Messages
{
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

    /// <summary>The request body ended early, usually because the connection was broken.</summary>
    public const string AnswersIncomplete = "Het antwoordendocument is niet volledig aangekomen; de verbinding werd onderbroken. Probeer het opnieuw.";

    /// <summary>The body is not UTF-8 text.</summary>
    public static string AnswersNotUtf8(int position) =>
        $"Het antwoordendocument is geen geldige UTF-8-tekst (byte {position + 1} kan niet worden gelezen). Stuur de antwoorden als UTF-8.";
}
