using System.CommandLine.Parsing;
using System.Globalization;

namespace Overeenkomst.Cli.Commands;

/// <summary>The values of typed options, read by us so a wrong one is refused in Dutch (<see cref="CliErrors.Refuse"/>) and never as a .NET type name.</summary>
internal static class OptionValues
{
    /// <summary>A version number: a whole number of 1 or more.</summary>
    public static int VersionNumber(ArgumentResult result)
    {
        var given = Given(result);
        if (!int.TryParse(given, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            CliErrors.Refuse(result, Messages.CliVersionNotANumber(given));
            return 0;
        }

        if (number < 1)
        {
            CliErrors.Refuse(result, Messages.CliVersionBelowOne(number));
        }

        return number;
    }

    /// <summary>A moment with its time zone, in ISO 8601.</summary>
    public static DateTimeOffset? Moment(ArgumentResult result)
    {
        var given = Given(result);
        if (DateTimeOffset.TryParse(given, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var moment))
        {
            return moment;
        }

        CliErrors.Refuse(result, Messages.CliMomentInvalid(given));
        return null;
    }

    private static string Given(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
}
