namespace Overeenkomst.Questionnaire.Definition;

/// <summary>What kind of answer a question takes; the Dutch name is the one the definition file uses.</summary>
public enum QuestionType
{
    /// <summary><c>tekst</c>: one line.</summary>
    Text,

    /// <summary><c>lange_tekst</c>: paragraphs.</summary>
    LongText,

    /// <summary><c>getal</c>: a number.</summary>
    Number,

    /// <summary><c>bedrag</c>: euros, at most two decimals, not negative.</summary>
    Money,

    /// <summary><c>percentage</c>: 0 to 100.</summary>
    Percentage,

    /// <summary><c>datum</c>: an ISO date, JJJJ-MM-DD.</summary>
    Date,

    /// <summary><c>ja_nee</c>: true or false.</summary>
    YesNo,

    /// <summary><c>keuze</c>: one of the options.</summary>
    SingleChoice,

    /// <summary><c>meerkeuze</c>: some of the options.</summary>
    MultipleChoice,

    /// <summary><c>email</c>.</summary>
    Email,

    /// <summary><c>telefoon</c>: normalised, spaces allowed.</summary>
    Phone,

    /// <summary><c>postcode</c>: normalised to "1234 AB".</summary>
    Postcode,

    /// <summary><c>kvk</c>: eight digits.</summary>
    Kvk,

    /// <summary><c>brin</c>: four characters, optionally a two-digit branch.</summary>
    Brin,

    /// <summary><c>iban</c>: a Dutch IBAN with a valid mod-97 check.</summary>
    Iban,

    /// <summary><c>opleidingscode</c>: a CREBO (mbo) or CROHO (hbo) code of five digits.</summary>
    ProgrammeCode,

    /// <summary><c>groep</c>: a repeatable group of questions; the answer is a list of objects.</summary>
    Group,

    /// <summary><c>partij</c>: one of the parties, by its short name (<c>partijen[].korte_naam</c>); the form offers them as a list.</summary>
    Party,
}

/// <summary>The Dutch names of <see cref="QuestionType"/> as written in the definition file.</summary>
public static class QuestionTypeNames
{
    private static readonly Dictionary<string, QuestionType> ByName = new(StringComparer.Ordinal)
    {
        ["tekst"] = QuestionType.Text,
        ["lange_tekst"] = QuestionType.LongText,
        ["getal"] = QuestionType.Number,
        ["bedrag"] = QuestionType.Money,
        ["percentage"] = QuestionType.Percentage,
        ["datum"] = QuestionType.Date,
        ["ja_nee"] = QuestionType.YesNo,
        ["keuze"] = QuestionType.SingleChoice,
        ["meerkeuze"] = QuestionType.MultipleChoice,
        ["email"] = QuestionType.Email,
        ["telefoon"] = QuestionType.Phone,
        ["postcode"] = QuestionType.Postcode,
        ["kvk"] = QuestionType.Kvk,
        ["brin"] = QuestionType.Brin,
        ["iban"] = QuestionType.Iban,
        ["opleidingscode"] = QuestionType.ProgrammeCode,
        ["groep"] = QuestionType.Group,
        ["partij"] = QuestionType.Party,
    };

    /// <summary>Every name the definition may use.</summary>
    public static IEnumerable<string> All => ByName.Keys;

    /// <summary>The type called <paramref name="name"/>, if there is one.</summary>
    public static bool TryParse(string? name, out QuestionType type) => ByName.TryGetValue(name ?? string.Empty, out type);

    /// <summary>The Dutch name of <paramref name="type"/>.</summary>
    public static string NameOf(QuestionType type) => ByName.First(pair => pair.Value == type).Key;
}
