using System.Collections;
using Scriban;
using Scriban.Runtime;

namespace Overeenkomst.Rendering.Templates;

/// <summary>The arithmetic over the roles the parties provide.</summary>
internal static class RoleFunctions
{
    /// <summary>
    /// The hours per week <paramref name="party"/> (a short name) puts in: over the roles it provides, the number of
    /// people (one when not given) times each one's hours per week.
    /// </summary>
    /// <remarks>
    /// The annex of roles added these up in the template, a loop over every role inside the loop over the parties:
    /// a quarter of filling in that annex. The sum is the same decimal sum, role by role in their order.
    /// </remarks>
    public static decimal HoursPerWeek(TemplateContext context, object? roles, object? party)
    {
        var hours = 0m;
        if (roles is IList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is ScriptObject role && Equals(role["partij"], party))
                {
                    var people = role["aantal"] ?? 1m;
                    hours += TemplateFunctions.Number(context, people) * TemplateFunctions.Number(context, role["uren_per_week"]);
                }
            }
        }

        return hours;
    }
}
