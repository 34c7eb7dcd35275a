using System.CommandLine;
using System.CommandLine.Help;

namespace Overeenkomst.Cli.Commands;

/// <summary>The help texts of the command line (its messages about answers and documents come from <see cref="Messages"/>).</summary>
internal static class CliText
{
    public const string RootDescription =
        "Overeenkomst: stel een samenwerkingsovereenkomst voor een hybride leerwerkplek op uit een antwoordendocument (JSON).";

    public const string RenderDescription =
        "Vul de sjablonen in met de antwoorden en schrijf de overeenkomst als Word-document (.docx).";

    public const string AnswersArgument = "Het antwoordendocument: een JSON-bestand met per vraag-id het antwoord.";
    public const string OutputOption = "Waar het Word-document komt, bijvoorbeeld overeenkomst.docx.";
    public const string MarkdownOption = "Schrijf daarnaast de tekst als Markdown naar dit bestand (handig om versies te vergelijken).";
    public const string FinalOption = "Maak de definitieve versie, zonder CONCEPT-markering.";
    public const string VersionOption = "Het versienummer dat op een concept staat (standaard 1).";
    public const string TemplatesOption = "De map met sjablonen (standaard de map templates/overeenkomst naast het programma).";
    public const string CreatorOption = "Wie de versie opstelt; komt in de eigenschappen van het document (standaard 'Overeenkomst').";
    public const string MomentOption =
        "Datum en tijd van de versie (ISO 8601, bijvoorbeeld 2026-07-01T09:30:00+02:00) voor de eigenschappen van het document. Zonder deze optie krijgt het document geen datum, zodat dezelfde antwoorden altijd hetzelfde bestand geven.";

    /// <summary>System.CommandLine has no Dutch texts for its own options; these are ours.</summary>
    public static void TranslateBuiltInOptions(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => "Toon uitleg over de opdrachten en opties.",
                System.CommandLine.VersionOption => "Toon het versienummer van het programma.",
                _ => option.Description,
            };
        }
    }
}
