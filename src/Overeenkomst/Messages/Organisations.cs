namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds organisations' blocks and profiles.
/// </summary>
public static partial class Messages
{
    /// <summary>What "a party's data" is called in a log line.</summary>
    public static string ChangedBlock(string party) => $"de gegevens van {party}";

    /// <summary>Log: a party filled in its block.</summary>
    public static string LogBlockSaved(string party) => $"gegevens van {party} ingevuld";

    /// <summary>Log: a party confirmed its block.</summary>
    public static string LogBlockConfirmed(string party) => $"gegevens van {party} bevestigd";

    /// <summary>Profile log: changed through a confirmation in an agreement.</summary>
    public static string LogProfileConfirmed(string agreement) => $"bevestigd in de overeenkomst '{agreement}'";

    /// <summary>Profile log: changed on its own.</summary>
    public const string LogProfileSaved = "profiel gewijzigd";

    /// <summary>Someone outside the organisation changing its profile.</summary>
    public static string NotOfThisOrganisation(string email, string organisation, IReadOnlyList<string> domains) =>
        $"Het profiel van {organisation} kan alleen worden gewijzigd door iemand met een e-mailadres op {string.Join(", ", domains)}; u bent aangemeld als {email}.";

    /// <summary>A profile without e-mail domains.</summary>
    public const string ProfileNeedsDomains =
        "Vul de e-maildomeinen van de organisatie in: alleen wie daarbinnen een adres heeft, kan het profiel later wijzigen.";

    /// <summary>A profile whose new domains leave out whoever saves it.</summary>
    public static string ProfileWouldLockOut(string email, IReadOnlyList<string> domains) =>
        $"U bent aangemeld als {email}, maar dat adres valt niet onder {string.Join(", ", domains)}. Neem uw eigen domein op, anders kunt u het profiel niet meer wijzigen.";

    /// <summary>A block confirmed without e-mail domains.</summary>
    public static string BlockNeedsDomains(string party) =>
        $"Vul de e-maildomeinen van {party} in voordat u bevestigt: zo kan alleen iemand van {party} de gegevens en het profiel later wijzigen.";

    /// <summary>A party the answers do not name.</summary>
    public static string NoSuchParty(string party) => $"'{party}' is geen partij van deze overeenkomst.";

    /// <summary>Title of a party that does not exist.</summary>
    public const string NoSuchPartyTitle = "Partij niet gevonden";

    /// <summary>A participant acting for another party's block.</summary>
    public static string NotYourBlock(string party, string yours) =>
        $"U neemt deel namens {yours}; de gegevens van {party} vult alleen {party} zelf in en bevestigt alleen {party}.";

    /// <summary>A field that is not part of a party's block.</summary>
    public static string NotABlockField(string field) =>
        $"'{field}' hoort niet bij de eigen gegevens van een partij. Die gegevens zijn: naam, soort, rechtsvorm, vestigingsplaats, adres, KvK, BRIN, IBAN, ondertekenaars en e-maildomeinen.";

    /// <summary>Title of an invalid block or profile.</summary>
    public const string BlockInvalidTitle = "De gegevens van de organisatie zijn niet volledig of niet juist";

    /// <summary>Title of a profile that does not exist.</summary>
    public const string ProfileNotFoundTitle = "Geen profiel gevonden";

    /// <summary>A profile that does not exist.</summary>
    public static string ProfileNotFound(string kvk) => $"Er is nog geen profiel van een organisatie met KvK-nummer {kvk}.";

    /// <summary>A profile saved under another KvK number than its route.</summary>
    public static string KvkMismatch(string kvk) => $"Het KvK-nummer in de gegevens moet {kvk} zijn, het nummer van dit profiel.";

    /// <summary>Title of a refused profile change.</summary>
    public const string ProfileForbiddenTitle = "U kunt dit profiel niet wijzigen";
}
