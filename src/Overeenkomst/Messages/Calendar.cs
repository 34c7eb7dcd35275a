using System.Globalization;

namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds the agreement's calendar.
/// </summary>
public static partial class Messages
{
    /// <summary>The calendar's name.</summary>
    public static string AgendaName(string title) => $"Overeenkomst: {title}";

    /// <summary>A calendar entry's title.</summary>
    public static string AgendaSummary(string what, string title) => $"{what} – {title}";

    /// <summary>A calendar entry's description: what, and the article that says so.</summary>
    public static string AgendaDescription(string what, string? reference, string title, int version, bool isFinal) =>
        $"{what}. "
        + (reference is null ? "" : $"Zie {reference} ")
        + $"{(reference is null ? "Uit" : "van")} de samenwerkingsovereenkomst “{title}” ({(isFinal ? "definitieve versie" : "conceptversie")} {version.ToString(CultureInfo.InvariantCulture)}).";

    /// <summary>How a calendar entry names a clause: its words as the text uses them, and its title ("lid 22.2 (Looptijd en beëindiging)").</summary>
    public static string AgendaReference(string clauseWords, string title) => $"{clauseWords} ({title})";

    /// <summary>The start of the term.</summary>
    public const string AgendaStart = "Ingangsdatum van de overeenkomst";

    /// <summary>The first cohort.</summary>
    public const string AgendaFirstCohort = "Start van de eerste groep studenten";

    /// <summary>A milestone.</summary>
    public static string AgendaMilestone(string milestone) => $"Mijlpaal: {milestone}";

    /// <summary>An evaluation moment.</summary>
    public static string AgendaEvaluation(string evaluation) => $"Evaluatie: {evaluation}";

    /// <summary>The last day to decide on going on.</summary>
    public static string AgendaDecision(string? renewal) => renewal == Questionnaire.AgreementTerm.TacitRenewal
        ? "Uiterste datum om te laten weten dat een partij niet wil verlengen"
        : "Uiterste datum voor het besluit over voortzetting";

    /// <summary>The end of the term.</summary>
    public const string AgendaEnd = "Einddatum van de overeenkomst";
}
