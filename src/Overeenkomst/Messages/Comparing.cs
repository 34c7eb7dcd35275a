using Overeenkomst.Rendering.Redline;

namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds comparing two versions.
/// </summary>
public static partial class Messages
{
    /// <summary>The redline's name for the opening of the agreement.</summary>
    public const string RedlineOpening = "Aanhef: partijen en overwegingen";

    /// <summary>The redline's name for the signatures.</summary>
    public const string RedlineSigning = "Ondertekening";

    /// <summary>How many sections changed.</summary>
    public static string RedlineSummary(int changed, int total) => changed switch
    {
        0 => $"De twee versies hebben dezelfde tekst; geen van de {total} onderdelen is veranderd.",
        1 => $"1 van de {total} onderdelen is veranderd.",
        _ => $"{changed} van de {total} onderdelen zijn veranderd.",
    };

    /// <summary>The label of the list of changed sections.</summary>
    public const string RedlineChangedList = "Veranderde onderdelen";

    /// <summary>What happened to a section.</summary>
    public static string RedlineChange(SectionChange change) => change switch
    {
        SectionChange.Inserted => "nieuw",
        SectionChange.Deleted => "vervallen",
        SectionChange.Changed => "gewijzigd",
        _ => "ongewijzigd",
    };

    /// <summary>The heading of the reasons beside a changed section.</summary>
    public const string RedlineWhy = "Wat deze wijziging veroorzaakte";

    /// <summary>The heading of the unchanged sections.</summary>
    public static string RedlineUnchanged(int count) => count == 1 ? "1 onderdeel is ongewijzigd:" : $"{count} onderdelen zijn ongewijzigd:";

    /// <summary>Who the comments in a redline's Word file are by.</summary>
    public const string RedlineCommentAuthor = "Overeenkomst (vergelijking)";

    /// <summary>An answer that changed: the question, the old and the new value.</summary>
    public static string AnswerChanged(string question, string before, string after) => $"Antwoord op '{question}': {before} → {after}";

    /// <summary>An item added to a group.</summary>
    public static string AnswerItemAdded(string item) => $"Antwoord op '{item}': toegevoegd";

    /// <summary>An item removed from a group.</summary>
    public static string AnswerItemRemoved(string item) => $"Antwoord op '{item}': verwijderd";

    /// <summary>No answer.</summary>
    public const string AnswerEmpty = "(leeg)";

    /// <summary>A group of answers, where one value is shown.</summary>
    public const string AnswerGroup = "(meerdere antwoorden)";

    /// <summary>Yes.</summary>
    public const string Yes = "ja";

    /// <summary>No.</summary>
    public const string No = "nee";

    /// <summary>A jurist's edit made or changed the clause.</summary>
    public static string ExplainEdit(string clauseId, string name, string email, string reason) =>
        $"Eigen tekst voor {clauseId} van {name} ({email}), met als reden: {reason}";

    /// <summary>A jurist's edit was taken back.</summary>
    public static string ExplainEditRestored(string clauseId, string name) =>
        $"De eigen tekst van {name} voor {clauseId} is teruggezet naar de tekst uit de sjablonen.";

    /// <summary>Nothing explains the change but the numbering.</summary>
    public const string ExplainRenumbered =
        "Geen antwoord en geen eigen tekst verklaart deze wijziging: alleen nummers zijn veranderd, omdat een artikel of lid ervoor is toegevoegd of vervallen (vernummering).";

    /// <summary>Nothing explains the change but the new templates.</summary>
    public static string ExplainTemplateVersion(string older, string newer) =>
        $"Geen antwoord en geen eigen tekst verklaart deze wijziging: de nieuwere versie is gemaakt met een nieuwe versie van de sjablonen ({older} → {newer}).";

    /// <summary>The marking on every page of a comparison's Word file.</summary>
    public static string ComparisonMarking(int older, int newer) => $"VERGELIJKING — versie {older} → versie {newer}";

    /// <summary>The description in a comparison's file properties.</summary>
    public static string ComparisonDescription(int older, int newer) => $"Wijzigingen van versie {older} naar versie {newer}, als bijgehouden wijzigingen";

    /// <summary>The title of the comparison page.</summary>
    public static string ComparisonTitle(string title, int older, int newer) => $"{title} — wat is er veranderd van versie {older} naar versie {newer}";

    /// <summary>Which two versions a comparison is of.</summary>
    public static string ComparisonVersions(int older, string olderAuthor, DateTimeOffset olderAt, int newer, string newerAuthor, DateTimeOffset newerAt) =>
        $"Versie {older} ({olderAuthor}, {Rendering.DutchFormat.Moment(olderAt)}) vergeleken met versie {newer} ({newerAuthor}, {Rendering.DutchFormat.Moment(newerAt)}).";

    /// <summary>Detail when one of two versions to compare does not exist.</summary>
    public static string VersionsNotFoundDetail(int older, int newer) =>
        $"Deze overeenkomst heeft geen versie {older} of geen versie {newer}. Bekijk de lijst met versies voor de nummers die er zijn.";

    /// <summary>The title of the comparison of a version with the current draft.</summary>
    public static string ComparisonWithDraftTitle(string title, int older) => $"{title} — wat het huidige concept verandert ten opzichte van versie {older}";

    /// <summary>Which version the current draft is compared with.</summary>
    public static string ComparisonWithDraft(int older, string olderAuthor, DateTimeOffset olderAt) =>
        $"Versie {older} ({olderAuthor}, {Rendering.DutchFormat.Moment(olderAt)}) vergeleken met het huidige concept: de antwoorden en eigen teksten van nu, nog niet als versie bewaard.";
}
