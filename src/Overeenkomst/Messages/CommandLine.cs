namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds the command line.
/// </summary>
public static partial class Messages
{
    /// <summary>The CLI could not find the answers file.</summary>
    public static string AnswersFileMissing(string path) => $"Het antwoordenbestand '{path}' bestaat niet.";

    /// <summary>The CLI could not write the output file.</summary>
    public static string OutputNotWritable(string path, string reason) => $"Kan '{path}' niet schrijven: {reason}";

    /// <summary>The CLI wrote the document.</summary>
    public static string DocumentWritten(string path, string sha256) => $"Overeenkomst geschreven naar {path} (SHA-256 {sha256}).";

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
}
