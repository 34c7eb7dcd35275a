namespace Overeenkomst;

/// <summary>
/// Every sentence a person can read from this product, in Dutch, in one place: the web pages, the API and the command
/// line say the same thing in the same words. One file per feature; this one holds the templates, their functions and rendering.
/// </summary>
public static partial class Messages
{
    /// <summary>Start-up stops: templates have problems.</summary>
    public static string TemplatesInvalid(IReadOnlyList<string> problems) =>
        "De sjablonen van de overeenkomst bevatten fouten:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p));

    /// <summary>The template folder does not exist.</summary>
    public static string TemplateFolderMissing(string directory) =>
        $"De map met sjablonen '{directory}' bestaat niet. Stel 'Templates:Path' in op de map templates/overeenkomst.";

    /// <summary>The main template is missing.</summary>
    public static string MainTemplateMissing(string file, string directory) =>
        $"Het hoofdsjabloon '{file}' ontbreekt in '{directory}'.";

    /// <summary>An include names a template that does not exist.</summary>
    public static string UnknownPartial(string name) => $"het sjabloondeel '{name}' bestaat niet.";

    /// <summary>A render failed inside a template.</summary>
    public static string TemplateRenderFailed(string location, string detail) =>
        $"Het sjabloon kon niet worden ingevuld: {location}: {detail}";

    /// <summary>A template names something that is neither an answer nor a function.</summary>
    public static string TemplateNameUnknown(string name) =>
        $"'{name}' is geen vraag uit de vragenlijst en geen functie (controleer de schrijfwijze).";

    /// <summary>A loop in a template ran into the loop limit.</summary>
    public static string TemplateLoopLimit(string limit) => $"een lus liep meer dan {limit} keer en is gestopt.";

    /// <summary>A template part or function called itself too deeply.</summary>
    public static string TemplateRecursionLimit(string name, string limit) =>
        $"'{name}' roept zichzelf meer dan {limit} keer aan en is gestopt.";

    /// <summary>A template reads a member of something that has no value.</summary>
    public static string TemplateMemberOfNothing(string path) =>
        $"'{path}' kan niet worden gelezen: wat ervoor staat heeft geen waarde.";

    /// <summary>A template loops over something that is not a list.</summary>
    public static string TemplateLoopOverNonList(string type) => $"een lus gaat over iets dat geen lijst is ({type}).";

    /// <summary>Title of a render that failed in the template.</summary>
    public const string RenderFailedTitle = "De overeenkomst kon niet worden opgesteld";

    /// <summary>Title when more renders wait for their turn than may.</summary>
    public const string RenderTurnsFullTitle = "Het is te druk om de overeenkomst nu op te stellen";

    /// <summary>Detail when more renders wait for their turn than may.</summary>
    public const string RenderTurnsFullDetail = "Er wachten al te veel overeenkomsten op hun beurt. Er is niets opgeslagen; probeer het over een paar seconden opnieuw.";

    /// <summary>Start-up error: the settings of the render turns cannot work.</summary>
    public const string RenderTurnsMisconfigured = "RenderTurns:AtOnce moet een getal groter dan 0 zijn (of ontbreken: één per processorkern) en RenderTurns:Waiting 0 of meer.";

    // Formatting functions in templates

    /// <summary>A template asked to format a value that is not a date.</summary>
    public static string NotADate(object? value) => $"'{value}' is geen datum (verwacht: JJJJ-MM-DD)";

    /// <summary>A template asked to format a value that is not a number.</summary>
    public static string NotANumber(object? value) => $"'{value}' is geen getal";

    // Rendering

    /// <summary>The marking on every page of a draft.</summary>
    public static string DraftMarking(int version) => $"CONCEPT — versie {version}";

    /// <summary>The marking of a draft that is only looked at, not stored.</summary>
    public const string DraftMarkingUnsaved = "CONCEPT — niet opgeslagen";

    /// <summary>The description in a document's properties.</summary>
    public static string DocumentDescription(string templateVersion) => $"Opgesteld met Overeenkomst, sjabloonversie {templateVersion}.";

    /// <summary>The title when a template produced none.</summary>
    public const string UntitledAgreement = "Samenwerkingsovereenkomst";

    /// <summary>A clause mark the templates wrote is not closed (a bug in our template functions, not in a template).</summary>
    public const string ClauseMarkBroken = "De nummering van de artikelen is onleesbaar geworden: een markering van een artikel of lid is niet afgesloten.";

    /// <summary>A member was written outside its article, or in an annex.</summary>
    public static string MemberOutsideArticle(string id) =>
        $"het lid '{id}' staat niet in zijn eigen artikel; schrijf {{{{ lid }}}} alleen onder de kop van het artikel waarin het hoort.";

    /// <summary>The same clause was written twice in one agreement.</summary>
    public static string ClauseTwice(string id) =>
        $"het artikel, lid of de bijlage '{id}' staat twee keer in de overeenkomst; elk onderdeel heeft een eigen naam.";

    /// <summary>A reference names a clause that is not in this agreement.</summary>
    public static string UnknownClauseReference(string id) =>
        $"de verwijzing naar '{id}' wijst naar een artikel, lid of bijlage die niet in deze overeenkomst staat; verwijs alleen naar een voorwaardelijk onderdeel onder dezelfde voorwaarde.";

    /// <summary>A member name that cannot be an id.</summary>
    public static string MemberNameInvalid(string? name) =>
        $"'{name}' kan geen naam van een lid zijn: gebruik kleine letters, cijfers en streepjes, te beginnen met een letter, zoals {{{{ lid \"opzegging\" }}}}.";

    /// <summary>A reference that cannot name a clause.</summary>
    public static string ReferenceInvalid(string? id) =>
        $"'{id}' kan geen artikel, lid of bijlage aanwijzen: verwijs met de naam van het artikel (\"overleg\"), van het lid (\"overleg.besluiten\") of van de bijlage (\"bijlage-begroting\").";
}
