using System.Globalization;

namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds signing the final.
/// </summary>
public static partial class Messages
{
    /// <summary>Signing before there is a final.</summary>
    public const string NothingToSignYet = "Er is nog geen definitieve tekst om te ondertekenen.";

    /// <summary>Everyone signed already.</summary>
    public const string EverybodySigned = "Alle ondertekenaars hebben de overeenkomst al ondertekend.";

    /// <summary>A signature of another text than the final.</summary>
    public static string NotTheFinalText(int final, string sha256) =>
        $"Dit is niet de tekst die wordt ondertekend. Alleen de definitieve versie {final} kan worden ondertekend, met SHA-256 {sha256}.";

    /// <summary>Someone who is not among the signatories.</summary>
    public const string NotASignatory =
        "U staat niet als ondertekenaar in deze overeenkomst. Ondertekenen kan alleen wie een partij als tekenbevoegde heeft opgegeven, aangemeld met het e-mailadres dat die partij noemt.";

    /// <summary>Title of a refusal to someone who may read the agreement but is no signatory.</summary>
    public const string NotASignatoryTitle = "U bent geen ondertekenaar van deze overeenkomst";

    /// <summary>A second signature by the same person.</summary>
    public const string AlreadySigned = "U hebt deze overeenkomst al ondertekend; een handtekening wordt maar één keer gezet.";

    /// <summary>A paper signing dated in the future or before the final existed.</summary>
    public static string PaperDateOutside(DateOnly date, DateOnly final, DateOnly today) =>
        $"De datum {Rendering.DutchFormat.Date(date)} kan niet: op papier ondertekenen kan pas vanaf de dag dat de definitieve versie er was ({Rendering.DutchFormat.Date(final)}) en niet na vandaag ({Rendering.DutchFormat.Date(today)}).";

    /// <summary>A paper signing when everyone signed.</summary>
    public const string NobodyLeftToSign = "Alle ondertekenaars hebben al getekend; er is niets meer vast te leggen.";

    /// <summary>A paper signing for a party whose signatories all signed (or that is no party).</summary>
    public static string NobodyLeftToSignFor(string party) => $"Van {party} hoeft niemand meer te tekenen (of {party} is geen partij van deze overeenkomst).";

    /// <summary>A correction for a signatory that does not exist.</summary>
    public static string NoSuchSignatory(string party, int position) =>
        $"{party} heeft geen {(position == 2 ? "tweede" : "eerste")} ondertekenaar in de definitieve tekst.";

    /// <summary>A correction of the address of someone who signed already.</summary>
    public static string SignatoryAlreadySigned(string name) => $"{name} heeft al getekend; het e-mailadres waarmee getekend is, blijft zoals het was.";

    /// <summary>A signatory who cannot sign in the product until their party confirmed its block.</summary>
    public static string SignatoryWaitsForBlock(string party) =>
        $"Wacht op {party}: {party} bevestigt eerst de eigen gegevens, of vult het e-mailadres van de ondertekenaar in.";

    /// <summary>A signatory before the agreement is definitief.</summary>
    public const string SignatoryWaitsForFinal = "Tekent nadat de overeenkomst definitief is gemaakt.";

    /// <summary>A signature sent without the SHA-256 of the text.</summary>
    public const string SignatureNeedsSha256 = "Vermeld de SHA-256 van de definitieve tekst die u ondertekent (64 tekens, 0-9 en a-f).";

    /// <summary>A paper signing without the SHA-256 of the scan.</summary>
    public const string PaperNeedsSha256 = "Vermeld de SHA-256 van de scan van het ondertekende exemplaar (64 tekens, 0-9 en a-f).";

    /// <summary>A paper signing without a date.</summary>
    public const string PaperNeedsDate = "Vermeld de datum van ondertekening, zoals 2027-01-15.";

    /// <summary>Title of an invalid signature request.</summary>
    public const string SignatureInvalidTitle = "De ondertekening is niet volledig";

    /// <summary>Log: one signature.</summary>
    public const string LogSigned = "ondertekend";

    /// <summary>Log: the last signature, and so the agreement is signed.</summary>
    public const string LogSignedByEveryone = "ondertekend door iedereen";

    /// <summary>Log detail of a signature in the product.</summary>
    public static string LogSignedDetail(IReadOnlyList<string> parties, string name, string sha256, string identityProvider) =>
        $"{name} tekende namens {string.Join(" en ", parties)} in de applicatie (aangemeld via {identityProvider}); SHA-256 van de getekende tekst: {sha256}";

    /// <summary>Log detail of a signing on paper.</summary>
    public static string LogSignedOnPaperDetail(IReadOnlyList<string> signatories, string date, string scanSha256) =>
        $"ondertekend buiten de applicatie op {date} door {string.Join(", ", signatories)}; SHA-256 van de scan: {scanSha256}";

    /// <summary>Log: a signatory's address corrected after finalising.</summary>
    public const string LogSignatoryEmailCorrected = "e-mailadres van ondertekenaar gecorrigeerd";

    /// <summary>Log detail: whose address.</summary>
    public static string LogSignatoryEmailCorrectedDetail(string party, string name) => $"{name} ({party}); de definitieve tekst blijft ongewijzigd";

    /// <summary>The signing record's title.</summary>
    public const string SigningRecordTitle = "Ondertekeningsverklaring";

    /// <summary>What the record is about.</summary>
    public static string SigningRecordIntroduction(int final, string moment) =>
        $"Deze verklaring hoort bij de definitieve versie {final.ToString(CultureInfo.InvariantCulture)} van de overeenkomst, vastgesteld op {moment}. De SHA-256 van dat Word-bestand is:";

    /// <summary>Everyone signed.</summary>
    public const string SigningRecordComplete = "Alle ondertekenaars hebben getekend.";

    /// <summary>Not everyone signed yet.</summary>
    public const string SigningRecordIncomplete = "Nog niet alle ondertekenaars hebben getekend.";

    /// <summary>Heading of the signatures.</summary>
    public const string SigningRecordSignatures = "Handtekeningen";

    /// <summary>A signatory's heading.</summary>
    public static string SigningRecordSignatory(string party, string name, string function) => $"{party}: {name}, {function}";

    /// <summary>A signatory whose party has not confirmed its block.</summary>
    public const string SigningRecordWaitingForBlock = "Nog niet ondertekend; de partij heeft het e-mailadres van deze ondertekenaar nog niet bevestigd.";

    /// <summary>A signatory who has not signed.</summary>
    public const string SigningRecordNotYetSigned = "Nog niet ondertekend.";

    /// <summary>Signed in the product.</summary>
    public static string SigningRecordInTheProduct(string moment) => $"Ondertekend in de applicatie op {moment} (eenvoudige elektronische handtekening).";

    /// <summary>Who signed, as their sign-in said.</summary>
    public static string SigningRecordSignedInAs(string name, string email, string identityProvider) =>
        $"Aangemeld als {name} ({email}), via {identityProvider}.";

    /// <summary>The SHA-256 a signature in the product applies to.</summary>
    public const string SigningRecordAppliesTo = "Getekend voor de tekst met SHA-256:";

    /// <summary>Signed on paper.</summary>
    public static string SigningRecordOnPaper(string date) => $"Ondertekend buiten de applicatie, op papier, op {date}.";

    /// <summary>Who recorded a paper signing.</summary>
    public static string SigningRecordRecordedBy(string name, string email) => $"Vastgelegd door {name} ({email}).";

    /// <summary>The SHA-256 a paper signature applies to.</summary>
    public const string SigningRecordScanAppliesTo = "Van toepassing op de scan van het getekende exemplaar met SHA-256:";

    /// <summary>The record's description in its file properties.</summary>
    public static string SigningRecordDescription(int final, string sha256) =>
        $"Ondertekeningsverklaring bij definitieve versie {final.ToString(CultureInfo.InvariantCulture)} (SHA-256 {sha256}).";

    /// <summary>The record's file name, without extension.</summary>
    public const string SigningRecordFileName = "ondertekeningsverklaring";
}
