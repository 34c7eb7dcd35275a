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
    public static string OutputNotWritable(string path, string reason) => $"Kan '{path}' niet schrijven: {reason}.";

    /// <summary>The CLI could not read the answers file.</summary>
    public static string AnswersFileUnreadable(string path, string reason) => $"Kan het antwoordenbestand '{path}' niet lezen: {reason}.";

    /// <summary>Why a file cannot be read or written: no permission.</summary>
    public const string FileNoAccess = "geen toegang";

    /// <summary>Why a file cannot be written: its folder is missing.</summary>
    public const string FileNoFolder = "de map bestaat niet";

    /// <summary>Why a file cannot be read or written: anything else the system refuses.</summary>
    public const string FileRefused = "het systeem weigert het (is het een map, of is de schijf vol?)";

    /// <summary>A word on the command line that is no command, option or argument.</summary>
    public static string CliUnknownWord(string word) => $"Onbekend op de opdrachtregel: '{word}'.";

    /// <summary>No command given.</summary>
    public static string CliCommandMissing(IReadOnlyList<string> commands) =>
        $"Geef een opdracht: {string.Join(", ", commands.Take(commands.Count - 1))} of {commands[^1]}.";

    /// <summary>A required argument is missing.</summary>
    public static string CliArgumentMissing(string name, string description) => $"Geef <{name}> op. {description}";

    /// <summary>A required option is missing.</summary>
    public static string CliOptionRequired(string label, string description) => $"De optie {label} is verplicht. {description}";

    /// <summary>An option without its value.</summary>
    public static string CliOptionNeedsValue(string label) => $"Geef een waarde na {label}.";

    /// <summary>An option given more than once or with several values.</summary>
    public static string CliOptionOnce(string label) => $"Geef {label} één keer, met één waarde.";

    /// <summary>Anything else the command line parser refused.</summary>
    public const string CliNotUnderstood = "De opdrachtregel is niet te begrijpen.";

    /// <summary>Where the help is.</summary>
    public static string CliSeeHelp(string command) => $"Zie '{command} --help' voor uitleg.";

    /// <summary>A version number that is no whole number.</summary>
    public static string CliVersionNotANumber(string given) => $"'{given}' is geen versienummer: geef een heel getal van 1 of hoger, zoals 2.";

    /// <summary>A version number below one.</summary>
    public static string CliVersionBelowOne(int given) => $"Een versienummer is 1 of hoger; u gaf {given}.";

    /// <summary>A moment that cannot be read.</summary>
    public static string CliMomentInvalid(string given) =>
        $"'{given}' is geen tijdstip: geef datum, tijd en tijdzone zoals 2026-07-01T09:30:00+02:00.";

    /// <summary>Heading of what migrating the answers changed.</summary>
    public const string CliMigrationHeading = "De vragenlijst is gewijzigd sinds deze antwoorden zijn gegeven:";

    /// <summary>Anything unforeseen: said in Dutch, never as a .NET exception.</summary>
    public const string CliUnexpected =
        "Er ging iets onverwachts mis; de opdracht is niet uitgevoerd. Probeer het opnieuw en meld het als het blijft gebeuren.";

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
