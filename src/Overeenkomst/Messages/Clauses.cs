namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds the jurist's own clause texts.
/// </summary>
public static partial class Messages
{
    /// <summary>Title when an article or member is not in the current text.</summary>
    public const string ClauseNotFoundTitle = "Dit artikel of lid bestaat niet";

    /// <summary>Detail when an article or member is not in the current text.</summary>
    public static string ClauseNotFoundDetail(string clauseId) =>
        $"De huidige tekst van de overeenkomst heeft geen artikel of lid '{clauseId}'. Haal de lijst met artikelen opnieuw op; een artikel kan zijn vervallen door andere antwoorden.";

    /// <summary>Detail when an edit is removed that was never made.</summary>
    public static string ClauseNotEditedDetail(string clauseId) =>
        $"Artikel of lid '{clauseId}' heeft geen aangepaste tekst; er is niets teruggezet.";

    /// <summary>Title when a clause cannot be edited like this.</summary>
    public const string ClauseNotEditableTitle = "Deze tekst kan zo niet worden aangepast";

    /// <summary>An annex is a table of answers, not a text to rewrite.</summary>
    public static string AnnexNotEditable(string number) =>
        $"Bijlage {number} geeft de antwoorden uit de vragenlijst weer en kan niet als tekst worden aangepast. Wijzig de antwoorden in de vragenlijst.";

    /// <summary>A member of an article whose whole text was replaced.</summary>
    public static string MemberOfEditedArticle(string member, string article) =>
        $"Lid {member} hoort bij artikel {article}, waarvan de hele tekst al is aangepast. Pas artikel {article} aan, of zet dat artikel eerst terug naar de tekst uit de sjablonen.";

    /// <summary>Title of an edit that is not complete.</summary>
    public const string ClauseEditInvalidTitle = "De aangepaste tekst is niet compleet";

    /// <summary>The edit has no text.</summary>
    public const string ClauseTextMissing = "Schrijf de tekst van het artikel of lid. Wilt u terug naar de tekst uit de sjablonen, maak de aanpassing dan ongedaan.";

    /// <summary>The edit has no reason.</summary>
    public const string ClauseReasonMissing = "Schrijf waarom de tekst afwijkt van de tekst uit de sjablonen; de andere partijen lezen dit bij de wijziging.";

    /// <summary>Too many edits in one agreement.</summary>
    public static string TooManyClauseEdits(int max) =>
        $"Een overeenkomst heeft hoogstens {max} aangepaste artikelen of leden. Pas liever een heel artikel aan dan elk lid apart.";

    /// <summary>The clauses cannot be listed before the answers are complete.</summary>
    public const string ClausesNeedValidAnswers = "De artikelen zijn er pas als de vragenlijst volledig en juist is ingevuld.";

    /// <summary>What "the clause texts" are called in a log line.</summary>
    public const string ChangedClauses = "de artikelteksten";

    /// <summary>Log: a jurist's own text for a clause.</summary>
    public const string LogClauseEdited = "artikeltekst aangepast";

    /// <summary>Log: back to the template's text.</summary>
    public const string LogClauseRestored = "artikeltekst teruggezet naar de sjablonen";

    /// <summary>Log detail: which clause, and why.</summary>
    public static string ClauseEditDetail(string clause, string clauseId, string reason) => $"{clause} ({clauseId}): {reason}";

    /// <summary>Log detail when an article's edit replaced the edits of its members.</summary>
    public static string ClauseEditReplacedMembers(string detail, IEnumerable<string> members) =>
        $"{detail} De aangepaste tekst van {string.Join(", ", members)} is daarmee vervallen.";

    /// <summary>"Artikel 11" or "Lid 11.2", as a clause is named in messages.</summary>
    public static string ClauseName(bool isMember, string? number) =>
        number is null ? (isMember ? "Lid" : "Artikel") : isMember ? $"Lid {number}" : $"Artikel {number}";

    /// <summary>Flag: the templates render something else now than when the edit was made.</summary>
    public static string ClauseTemplateChanged(string name, string at) =>
        $"De sjablonen geven voor dit artikel nu een andere tekst dan toen {name} de tekst op {at} aanpaste (andere antwoorden, een nieuwe versie van de sjablonen of een andere nummering). Controleer of de aangepaste tekst nog klopt.";

    /// <summary>Flag: the edit is kept, but its clause is not in the agreement for the current answers.</summary>
    public const string ClauseNoLongerPresent =
        "Dit artikel staat bij de huidige antwoorden niet meer in de overeenkomst; de aangepaste tekst wordt niet gebruikt. Maak de aanpassing ongedaan of pas de antwoorden aan.";

    /// <summary>Flag: a literal reference in the edit now names another clause.</summary>
    public static string ClauseReferenceMoved(string reference, string then, string? now) =>
        now is null
            ? $"De aangepaste tekst noemt '{reference}'. Toen de tekst werd aangepast was dat '{then}'; die nummer bestaat nu niet meer."
            : $"De aangepaste tekst noemt '{reference}'. Toen de tekst werd aangepast was dat '{then}', nu is het '{now}'. Pas de verwijzing aan.";

    /// <summary>The request body is far larger than any clause.</summary>
    public static string ClauseBodyTooLarge(int maxCharacters) =>
        $"Het verzoek is te groot. Een aangepaste tekst heeft hoogstens {maxCharacters} tekens.";

    /// <summary>The request body is not the JSON object expected.</summary>
    public const string ClauseBodyUnreadable = "Stuur een JSON-object met 'text' (de nieuwe tekst) en 'reason' (waarom die afwijkt).";
}
