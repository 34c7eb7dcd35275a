namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds renewing an agreement.
/// </summary>
public static partial class Messages
{
    /// <summary>A renewal of an agreement that is not final.</summary>
    public const string RenewOnlyFinal = "Alleen een definitieve of ondertekende overeenkomst kan de basis zijn voor een nieuwe overeenkomst.";

    /// <summary>Log of the new agreement: where it came from.</summary>
    public const string LogRenewalCreated = "aangemaakt op basis van een eerdere overeenkomst";

    /// <summary>Log detail of the new agreement.</summary>
    public static string LogRenewalCreatedDetail(string title, string id, int final) =>
        $"overgenomen uit '{title}' (overeenkomst {id}, definitieve versie {final}); alle data moeten opnieuw worden ingevuld";

    /// <summary>Log of the old agreement: a renewal was made.</summary>
    public const string LogRenewed = "nieuwe overeenkomst op basis van deze gemaakt";

    /// <summary>Log detail of the old agreement.</summary>
    public static string LogRenewedDetail(string title, string id) => $"'{title}' (overeenkomst {id})";

    /// <summary>compare-previous on an agreement that renews nothing.</summary>
    public const string NotARenewal = "Deze overeenkomst is niet gemaakt op basis van een eerdere; er is geen vorige overeenkomst om mee te vergelijken.";

    /// <summary>Title of that refusal.</summary>
    public const string NotARenewalTitle = "Geen vorige overeenkomst";

    /// <summary>The page title of a comparison with the previous agreement.</summary>
    public static string ComparisonWithPreviousTitle(string title, int version) => $"{title}: versie {version} vergeleken met de vorige overeenkomst";

    /// <summary>Which two texts a comparison with the previous agreement compares.</summary>
    public static string ComparisonWithPrevious(string previousTitle, int final, int version) =>
        $"Van de definitieve versie {final} van '{previousTitle}' naar versie {version} van deze overeenkomst.";
}
