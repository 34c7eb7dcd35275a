using System.Text.RegularExpressions;

namespace Overeenkomst.Rendering.Templates;

/// <summary>
/// Scriban's own runtime errors in Dutch, for the people who edit the templates: the ones a template edit can cause
/// (an unknown name, an endless loop or recursion, a member of nothing, a loop over something that is not a list).
/// Any other message is passed on as Scriban wrote it.
/// </summary>
internal static partial class ScribanMessage
{
    private static readonly (Regex English, Func<GroupCollection, string> Dutch)[] Translations =
    [
        (UnknownName(), found => Messages.TemplateNameUnknown(found[1].Value)),
        (LoopLimit(), found => Messages.TemplateLoopLimit(found[1].Value)),
        (RecursionLimit(), found => Messages.TemplateRecursionLimit(found[2].Value, found[1].Value)),
        (MemberOfNothing(), found => Messages.TemplateMemberOfNothing(found[1].Value)),
        (NotAList(), found => Messages.TemplateLoopOverNonList(found[1].Value)),
    ];

    public static string InDutch(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var (english, dutch) in Translations)
        {
            if (english.Match(message) is { Success: true } found)
            {
                return dutch(found.Groups);
            }
        }

        return message;
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
