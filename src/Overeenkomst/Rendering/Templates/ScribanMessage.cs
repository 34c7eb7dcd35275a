using System.Text.RegularExpressions;

namespace Overeenkomst.Rendering.Templates;

/// <summary>
/// Scriban's own runtime errors in Dutch, for the people who edit the templates: the ones a template edit can cause
/// (an unknown name, an endless loop or recursion, a member of nothing, a loop over something that is not a list).
/// Any other message is passed on as Scriban wrote it.
/// </summary>
internal static partial class ScribanMessage
{
    public static string InDutch(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (UnknownName().Match(message) is { Success: true } unknown)
        {
            return Messages.TemplateNameUnknown(unknown.Groups[1].Value);
        }

        if (LoopLimit().Match(message) is { Success: true } loop)
        {
            return Messages.TemplateLoopLimit(loop.Groups[1].Value);
        }

        if (RecursionLimit().Match(message) is { Success: true } recursion)
        {
            return Messages.TemplateRecursionLimit(recursion.Groups[2].Value, recursion.Groups[1].Value);
        }

        if (MemberOfNothing().Match(message) is { Success: true } member)
        {
            return Messages.TemplateMemberOfNothing(member.Groups[1].Value);
        }

        return NotAList().Match(message) is { Success: true } iterator ? Messages.TemplateLoopOverNonList(iterator.Groups[1].Value) : message;
    }

    [GeneratedRegex("^The variable or function `(.+)` was not found$", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownName();

    [GeneratedRegex(@"^Exceeding number of iteration limit `(\d+)` for loop statement\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex LoopLimit();

    [GeneratedRegex(@"^Exceeding number of recursive depth limit `(\d+)` for node: `(.+)`$", RegexOptions.CultureInvariant)]
    private static partial Regex RecursionLimit();

    [GeneratedRegex(@"^Cannot get the member (.+) for a null object\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MemberOfNothing();

    [GeneratedRegex("^Unexpected type `(.+)` for iterator$", RegexOptions.CultureInvariant)]
    private static partial Regex NotAList();
}
