using System.CommandLine;
using System.CommandLine.Parsing;

namespace Overeenkomst.Cli.Commands;

/// <summary>
/// A command line that cannot be run, explained in Dutch. System.CommandLine's own messages are English and name .NET
/// types ("as expected type 'System.Int32'"), so they are never shown: what is wrong is read from the parse itself
/// (an unknown word, a missing command, argument or required option, an option without its value), and a value an
/// option refuses says why in its own Dutch words (<see cref="Refuse"/>).
/// </summary>
internal static class CliErrors
{
    // The Dutch reasons our own option parsers gave; System.CommandLine keeps them among its errors.
    private static readonly HashSet<string> Ours = new(StringComparer.Ordinal);

    /// <summary>Refuses the value of an option with a Dutch reason.</summary>
    public static void Refuse(ArgumentResult result, string reason)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (Ours)
        {
            Ours.Add(reason);
        }

        result.AddError(reason);
    }

    /// <summary>Each problem of <paramref name="parse"/> as a Dutch sentence; empty when it can run.</summary>
    /// <remarks>A required option that is missing is reported on an option result without tokens, like one given without its value; the option's own name on the command line tells them apart.</remarks>
    public static IReadOnlyList<string> Of(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.Errors.Count == 0)
        {
            return [];
        }

        var command = parse.CommandResult.Command;
        var problems = new List<string>();
        problems.AddRange(parse.UnmatchedTokens.Select(Messages.CliUnknownWord));
        if (command.Subcommands.Count > 0 && command.Action is null)
        {
            problems.Add(Messages.CliCommandMissing(command.Subcommands.Select(sub => sub.Name).ToList()));
        }

        problems.AddRange(command.Arguments.Where(argument => parse.GetResult(argument) is not { Tokens.Count: > 0 })
            .Select(argument => Messages.CliArgumentMissing(argument.Name, argument.Description ?? "")));
        foreach (var error in parse.Errors)
        {
            if (IsOurs(error.Message))
            {
                problems.Add(error.Message);
            }
            else if (error.SymbolResult is OptionResult { Tokens.Count: 0, IdentifierTokenCount: 0 } missing)
            {
                problems.Add(Messages.CliOptionRequired(DutchHelp.Label(missing.Option), missing.Option.Description ?? ""));
            }
            else if (error.SymbolResult is OptionResult { Tokens.Count: 0 } option)
            {
                problems.Add(Messages.CliOptionNeedsValue(DutchHelp.Label(option.Option)));
            }
            else if (error.SymbolResult is OptionResult repeated)
            {
                problems.Add(Messages.CliOptionOnce(DutchHelp.Label(repeated.Option)));
            }
        }

        // Whatever else it was: never the English text, always the way to the help.
        return problems.Count > 0 ? [.. problems.Distinct(StringComparer.Ordinal)] : [Messages.CliNotUnderstood];
    }

    /// <summary>Writes the problems and where the help is; false when there were none.</summary>
    public static bool Explain(ParseResult parse, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(error);
        var problems = Of(parse);
        foreach (var problem in problems)
        {
            error.WriteLine(problem);
        }

        if (problems.Count > 0)
        {
            error.WriteLine(Messages.CliSeeHelp(DutchHelp.PathOf(parse.CommandResult.Command)));
        }

        return problems.Count > 0;
    }

    private static bool IsOurs(string message)
    {
        lock (Ours)
        {
            return Ours.Contains(message);
        }
    }
}
