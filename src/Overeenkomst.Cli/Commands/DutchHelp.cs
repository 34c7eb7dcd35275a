using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;

namespace Overeenkomst.Cli.Commands;

/// <summary>
/// The help text in Dutch. System.CommandLine writes its own headings, "(REQUIRED)" and "[default: …]" in English and ships
/// no Dutch translation, so every help option of the tree writes this page instead: the command's description, how to
/// call it, and its arguments, options and subcommands, each with its Dutch description.
/// </summary>
internal sealed class DutchHelp : SynchronousCommandLineAction
{
    /// <summary>Gives every help option under <paramref name="root"/> the Dutch page.</summary>
    public static void Use(RootCommand root)
    {
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Action = new DutchHelp();
            option.Description = CliText.HelpOption;
        }

        foreach (var option in root.Options.OfType<VersionOption>())
        {
            option.Description = CliText.ProgramVersionOption;
        }
    }

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        Write(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
        return 0;
    }

    /// <summary>How <paramref name="command"/> is called, without its arguments: "Overeenkomst.Cli render".</summary>
    public static string PathOf(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return string.Join(' ', command.Parents.OfType<Command>().Select(parent => parent.Name).Reverse().Append(command.Name));
    }

    /// <summary>How to call <paramref name="command"/>: "Overeenkomst.Cli render &lt;antwoorden&gt; [opties]".</summary>
    public static string Usage(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var arguments = command.Arguments.Select(argument => $"<{argument.Name}>");
        var rest = command.Subcommands.Count > 0 ? [CliText.UsageCommand, CliText.UsageOptions] : new[] { CliText.UsageOptions };
        return string.Join(' ', arguments.Concat(rest).Prepend(PathOf(command)));
    }

    /// <summary>How an option is written in help and messages: "-o, --uitvoer &lt;bestand&gt;".</summary>
    public static string Label(Option option)
    {
        ArgumentNullException.ThrowIfNull(option);
        var names = string.Join(", ", option.Aliases.Order(StringComparer.Ordinal).Append(option.Name));
        return option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool) ? names : $"{names} <{option.HelpName ?? option.Name.TrimStart('-')}>";
    }

    private static void Write(Command command, TextWriter output)
    {
        output.WriteLine(command.Description);
        output.WriteLine();
        output.WriteLine(CliText.UsageHeading);
        output.WriteLine("  " + Usage(command));
        Section(output, CliText.ArgumentsHeading, command.Arguments.Select(argument => ($"<{argument.Name}>", argument.Description)));
        Section(output, CliText.OptionsHeading, command.Options.Concat(command.Parents.OfType<Command>().SelectMany(parent => parent.Options.Where(o => o.Recursive)))
            .Where(option => !option.Hidden)
            .Select(option => (Label(option), option.Required ? $"{CliText.Required} {option.Description}" : option.Description)));
        Section(output, CliText.CommandsHeading, command.Subcommands.Select(sub =>
            (string.Join(' ', sub.Arguments.Select(argument => $"<{argument.Name}>").Prepend(sub.Name)), sub.Description)));
    }

    private static void Section(TextWriter output, string heading, IEnumerable<(string Label, string? Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var width = list.Max(row => row.Label.Length) + 2;
        output.WriteLine();
        output.WriteLine(heading);
        foreach (var (label, description) in list)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label.PadRight(width)}{description}"));
        }
    }
}
