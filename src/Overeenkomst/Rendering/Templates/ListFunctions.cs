using System.Collections;
using Scriban.Runtime;

namespace Overeenkomst.Rendering.Templates;

/// <summary>The list shaping the templates ask for: picking items by a field, leaving some out, naming each one.</summary>
/// <remarks>
/// Each replaces a Scriban lambda (<c>array.filter @(do; ret …; end)</c>, <c>array.each @(do; ret …; end)</c>) that called
/// a template function for every item; the roles article did that for every party, a fifth of filling it in. Items are
/// compared as Scriban's <c>==</c> and <c>array.contains</c> compare text, numbers and yes/no.
/// </remarks>
internal static class ListFunctions
{
    /// <summary>The items of <paramref name="items"/> whose <paramref name="field"/> has <paramref name="value"/> (<paramref name="keep"/>) or has not.</summary>
    public static ScriptArray Where(object? items, string? field, object? value, bool keep) =>
        Kept(items, item => field is not null && item is ScriptObject entry && Equals(entry[field], value) == keep);

    /// <summary>The items of <paramref name="items"/> that <paramref name="others"/> does not hold, in their order.</summary>
    public static ScriptArray Except(object? items, object? others) => Kept(items, item => !Holds(others, item));

    /// <summary>Each item of <paramref name="items"/> replaced by its entry in <paramref name="table"/> (nothing where it has none).</summary>
    public static ScriptArray LookUp(object? items, object? table)
    {
        var result = new ScriptArray();
        if (items is IEnumerable list and not string)
        {
            foreach (var item in list)
            {
                result.Add(table is ScriptObject entries && item is string name ? entries[name] : null);
            }
        }

        return result;
    }

    // The items of a list that pass the test, in their order; none when it is not a list.
    private static ScriptArray Kept(object? items, Func<object?, bool> test)
    {
        var result = new ScriptArray();
        if (items is IEnumerable list and not string)
        {
            foreach (var item in list)
            {
                if (test(item))
                {
                    result.Add(item);
                }
            }
        }

        return result;
    }

    private static bool Holds(object? list, object? item)
    {
        if (list is IEnumerable values and not string)
        {
            foreach (var value in values)
            {
                if (Equals(value, item))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
