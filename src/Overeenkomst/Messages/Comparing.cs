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
}
