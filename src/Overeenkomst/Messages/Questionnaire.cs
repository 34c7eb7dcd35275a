namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds the questionnaire definition.
/// </summary>
public static partial class Messages
{
    /// <summary>Start-up stops: the questionnaire definition has problems.</summary>
    public static string QuestionnaireInvalid(IReadOnlyList<string> problems) =>
        "De definitie van de vragenlijst bevat fouten:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p));

    /// <summary>The definition file does not exist.</summary>
    public static string QuestionnaireFileMissing(string path) =>
        $"Het bestand met de vragenlijst '{path}' bestaat niet. Stel 'Questionnaire:Path' in op templates/vragenlijst/vragenlijst.json.";

    /// <summary>The definition file is not JSON.</summary>
    public static string QuestionnaireNotJson(string file, long line, long position, string? path) =>
        $"{file}: de vragenlijst is geen geldige JSON, of bevat een veld dat de vragenlijst niet kent (regel {line + 1}, positie {position + 1}"
        + (string.IsNullOrEmpty(path) || path == "$" ? ")." : $", bij {path}).");

    /// <summary>The definition has no sections.</summary>
    public const string QuestionnaireNoSections = "de vragenlijst heeft geen secties.";

    /// <summary>A section without id.</summary>
    public static string QuestionnaireSectionWithoutId(int number) => $"sectie {number} heeft geen id.";

    /// <summary>A required field of the definition is missing.</summary>
    public static string QuestionnaireMissingField(string where, string field) => $"{where}: het veld '{field}' ontbreekt of is leeg.";

    /// <summary>A section names a point outside 1–14.</summary>
    public static string QuestionnaireBadPoint(string section, int point) => $"sectie '{section}': punt {point} bestaat niet; bouwsteen 5 kent de punten 1 tot en met 14.";

    /// <summary>No section covers a point of bouwsteen 5.</summary>
    public static string QuestionnairePointNotCovered(int point) => $"geen enkele sectie vraagt naar punt {point} van bouwsteen 5.";

    /// <summary>A question id breaks the naming rule.</summary>
    public static string QuestionnaireBadId(string parent, string id) =>
        $"{parent}: vraag-id '{id}' is ongeldig; gebruik kleine letters, cijfers en liggende streepjes, beginnend met een letter.";

    /// <summary>An unknown question type.</summary>
    public static string QuestionnaireUnknownType(string question, string? type, IEnumerable<string> known) =>
        $"{question}: het type '{type}' bestaat niet; kies uit {string.Join(", ", known)}.";

    /// <summary>A choice question without options.</summary>
    public static string QuestionnaireChoiceWithoutOptions(string question) => $"{question}: een keuzevraag heeft opties nodig.";

    /// <summary>A group without questions.</summary>
    public static string QuestionnaireGroupWithoutQuestions(string question) => $"{question}: een groep heeft vragen nodig.";

    /// <summary>A minimum above its maximum.</summary>
    public static string QuestionnaireMinAboveMax(string question) => $"{question}: het minimum is groter dan het maximum.";

    /// <summary>A default that is not a valid answer to its own question.</summary>
    public static string QuestionnaireBadDefault(string question, string detail) => $"{question}: de standaardwaarde is geen geldig antwoord: {detail}";

    /// <summary>Two sections share an id.</summary>
    public static string QuestionnaireDuplicateSection(string id) => $"de sectie-id '{id}' komt meer dan eens voor.";

    /// <summary>Two questions share an id.</summary>
    public static string QuestionnaireDuplicateId(string id, string? group) =>
        group is null ? $"de vraag-id '{id}' komt meer dan eens voor." : $"de vraag-id '{id}' komt meer dan eens voor in de groep '{group}'.";

    /// <summary>A condition does not parse.</summary>
    public static string QuestionnaireConditionDoesNotParse(string question, string expression, string detail) =>
        $"{question}: de voorwaarde '{expression}' is geen geldige Scriban-expressie: {detail}";

    /// <summary>A question takes its default from an id that does not exist beside it or at the top level.</summary>
    public static string QuestionnaireDefaultFromUnknown(string question, string source) =>
        $"{question}: 'standaard_uit' noemt '{source}', maar zo'n vraag bestaat niet in dezelfde groep of op het hoogste niveau.";

    /// <summary>A condition reads an id that does not exist.</summary>
    public static string QuestionnaireConditionUnknownId(string question, string expression, string name) =>
        $"{question}: de voorwaarde '{expression}' noemt '{name}', maar zo'n vraag bestaat niet.";

    /// <summary>A yes/no answer as the summary of answers shows it.</summary>
    public const string ShownYes = "Ja";

    /// <summary>A yes/no answer as the summary of answers shows it.</summary>
    public const string ShownNo = "Nee";

    /// <summary>How a message names one entry of the change list.</summary>
    public static string QuestionnaireChangeName(string from, string to) => $"wijziging van versie '{from}' naar '{to}'";

    /// <summary>An entry of the change list without its versions.</summary>
    public static string QuestionnaireChangeWithoutVersions(int number) => $"wijzigingen: wijziging {number} heeft geen 'van' of geen 'naar'.";

    /// <summary>The change list is not one chain ending at the definition's version.</summary>
    public static string QuestionnaireChangeChainBroken(string from, string to, string expected) =>
        $"{QuestionnaireChangeName(from, to)}: moet naar versie '{expected}' leiden; de wijzigingen vormen één reeks, op volgorde, die eindigt bij de 'versie' van de vragenlijst.";

    /// <summary>A version is left twice, or the current version is left.</summary>
    public static string QuestionnaireChangeVersionTwice(string version) =>
        $"wijzigingen: versie '{version}' wordt meer dan eens verlaten; elke versie komt één keer als 'van' voor, de huidige versie nooit.";

    /// <summary>A rename that moves a question out of its group, or names its groups inconsistently.</summary>
    public static string QuestionnaireRenameLeavesGroup(string change, string old, string renamed) =>
        $"{change}: '{old}' wordt hernoemd naar '{renamed}', maar een hernoemde vraag blijft in haar groep; schrijf het oude pad met de oude namen en het nieuwe pad met de nieuwe.";

    /// <summary>A rename to a question that does not exist.</summary>
    public static string QuestionnaireRenameToNothing(string change, string old, string renamed) =>
        $"{change}: '{old}' wordt hernoemd naar '{renamed}', maar de vraag '{renamed}' bestaat niet.";

    /// <summary>A rename of a question that still exists under its old name.</summary>
    public static string QuestionnaireRenameStillExists(string change, string old) =>
        $"{change}: '{old}' wordt hernoemd, maar de vraag '{old}' bestaat nog.";

    /// <summary>A removal of a question that still exists.</summary>
    public static string QuestionnaireRemovedStillExists(string change, string removed) =>
        $"{change}: '{removed}' wordt verwijderd, maar die vraag bestaat nog.";

    /// <summary>A question both renamed and removed in one change.</summary>
    public static string QuestionnaireRemovedAndRenamed(string change, string path) =>
        $"{change}: '{path}' wordt zowel hernoemd als verwijderd.";

    /// <summary>Migration: a question got another id; its answer moved with it.</summary>
    public static string MigrationRenamed(string old, string renamed, string version, string? label) =>
        $"De vraag '{old}' heet sinds versie {version} van de vragenlijst '{renamed}'" + (label is null ? "" : $" ({label})") + "; uw antwoord is meegegaan.";

    /// <summary>Migration: a question was removed; its answer is dropped.</summary>
    public static string MigrationRemoved(string path, string version) =>
        $"De vraag '{path}' komt sinds versie {version} van de vragenlijst niet meer voor; het antwoord daarop is vervallen.";

    /// <summary>Migration: a stored answer to a question the questionnaire does not have is dropped.</summary>
    public static string MigrationUnknownDropped(string path) =>
        $"Het antwoord op '{path}' is vervallen: de vragenlijst kent die vraag niet.";

    /// <summary>A client names a questionnaire version this server does not know.</summary>
    public static string QuestionnaireVersionUnknown(string version, IEnumerable<string> known) =>
        $"De antwoorden zijn gegeven onder versie '{version}' van de vragenlijst, maar die versie bestaat niet; bekend zijn: {string.Join(", ", known)}.";

    /// <summary>Title of an answers document under an unknown questionnaire version.</summary>
    public const string QuestionnaireVersionUnknownTitle = "Onbekende versie van de vragenlijst";
}
