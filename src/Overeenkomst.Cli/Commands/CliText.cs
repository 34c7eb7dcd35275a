namespace Overeenkomst.Cli.Commands;

/// <summary>The help texts of the command line (its messages about answers and documents come from <see cref="Messages"/>).</summary>
internal static class CliText
{
    public const string RootDescription =
        "Overeenkomst: stel een samenwerkingsovereenkomst voor een hybride leerwerkplek op uit een antwoordendocument (JSON).";

    public const string RenderDescription =
        "Controleer de antwoorden en schrijf de overeenkomst als Word-document (.docx). Onvolledige of ongeldige antwoorden worden geweigerd, met per vraag-id de reden (exitcode 1).";

    public const string ValidateDescription =
        "Controleer een antwoordendocument tegen de vragenlijst: welke antwoorden ontbreken of kloppen niet (per vraag-id), en hoe compleet is elke sectie. Exitcode 1 als er fouten zijn.";

    public const string CheckDescription =
        "Als validate, plus de kwaliteitstoets Q1–Q18: per regel voldaan, niet voldaan of onbekend, met het getal dat de doorslag gaf en de bron.";

    public const string JsonOption = "Geef het resultaat als JSON in plaats van als tabel.";

    public const string AnswersArgument = "Het antwoordendocument: een JSON-bestand met per vraag-id het antwoord.";
    public const string OutputOption = "Waar het Word-document komt, bijvoorbeeld overeenkomst.docx.";
    public const string MarkdownOption = "Schrijf daarnaast de tekst als Markdown naar dit bestand (handig om versies te vergelijken).";
    public const string FinalOption = "Maak de definitieve versie, zonder CONCEPT-markering.";
    public const string VersionOption = "Het versienummer dat op een concept staat (standaard 1).";
    public const string TemplatesOption = "De map met sjablonen (standaard de map templates/overeenkomst naast het programma).";
    public const string QuestionnaireOption = "Het bestand met de vragenlijst (standaard templates/vragenlijst/vragenlijst.json naast het programma).";
    public const string CreatorOption = "Wie de versie opstelt; komt in de eigenschappen van het document (standaard 'Overeenkomst').";
    public const string MomentOption =
        "Datum en tijd van de versie (ISO 8601, bijvoorbeeld 2026-07-01T09:30:00+02:00) voor de eigenschappen van het document. Zonder deze optie krijgt het document geen datum, zodat dezelfde antwoorden altijd hetzelfde bestand geven.";

    public const string QuestionnaireVersionOption =
        "De versie van de vragenlijst waaronder de antwoorden zijn gegeven (standaard de huidige); oudere antwoorden worden eerst omgezet naar de huidige vragenlijst.";

    // System.CommandLine has no Dutch texts for its own options and help page; these are ours (DutchHelp).
    public const string HelpOption = "Toon uitleg over de opdrachten en opties.";
    public const string ProgramVersionOption = "Toon het versienummer van het programma.";
    public const string UsageHeading = "Gebruik:";
    public const string ArgumentsHeading = "Argumenten:";
    public const string OptionsHeading = "Opties:";
    public const string CommandsHeading = "Opdrachten:";
    public const string UsageCommand = "[opdracht]";
    public const string UsageOptions = "[opties]";
    public const string Required = "(verplicht)";
}
