using System.Collections;
using Scriban.Runtime;

namespace Overeenkomst.Rendering.Templates;

/// <summary>The arithmetic of the budget annex: each party's share of a budget item and what it pays of a budget.</summary>
/// <remarks>
/// The annex used to compute these with three nested loops in the template, which made it a third of the time spent
/// filling in the templates; asking per party and per cell was still the most expensive table of the agreement, so the
/// lists per party (<see cref="Shares"/>, <see cref="Contributions"/>) are made in one go. Decimal arithmetic is exact,
/// so an item's amount times the party's summed share is what the template got by adding amount × share entry by entry.
/// Lists are walked by index: a list's enumerator would be boxed for every item and party.
/// </remarks>
internal static class BudgetFunctions
{
    /// <summary>The share (%) of budget item <paramref name="item"/> that <paramref name="party"/> (a short name) bears.</summary>
    public static decimal Share(object? item, object? party)
    {
        var share = 0m;
        if (item is ScriptObject post && post["verdeling"] is IList division)
        {
            for (var i = 0; i < division.Count; i++)
            {
                if (division[i] is ScriptObject part && Equals(part["partij"], party) && part["aandeel"] is decimal value)
                {
                    share += value;
                }
            }
        }

        return share;
    }

    /// <summary>Each party's share of <paramref name="item"/>, in the order of <paramref name="parties"/>.</summary>
    public static ScriptArray Shares(object? item, object? parties) => PerParty(parties, item, static (post, name) => Share(post, name));

    /// <summary>What <paramref name="party"/> pays of <paramref name="budget"/>: each item's amount times the party's share.</summary>
    public static decimal Contribution(object? budget, object? party)
    {
        var total = 0m;
        if (budget is IList items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is ScriptObject post && post["bedrag"] is decimal amount)
                {
                    total += amount * Share(post, party) / 100;
                }
            }
        }

        return total;
    }

    /// <summary>What each party pays of <paramref name="budget"/>, in the order of <paramref name="parties"/>.</summary>
    public static ScriptArray Contributions(object? budget, object? parties) =>
        PerParty(parties, budget, static (posts, name) => Contribution(posts, name));

    // One figure per party, in the order of the parties; a budget names a party by its short name, as the template's
    // "partij.korte_naam" did. Static lambdas, so asking costs no closure.
    private static ScriptArray PerParty(object? parties, object? subject, Func<object?, object?, decimal> figure)
    {
        var list = parties as IList ?? Array.Empty<object>();
        var figures = new ScriptArray(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            figures.Add(figure(subject, list[i] is ScriptObject party ? party["korte_naam"] : null));
        }

        return figures;
    }

    /// <summary>
    /// Two decimals for every share in the budget table when any share has a fraction, so its columns line up; none otherwise.
    /// (A loop over every post and share in the template was a tenth of filling in the largest example.)
    /// </summary>
    public static int ShareDecimals(object? budget)
    {
        if (budget is IList items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is ScriptObject post && post["verdeling"] is IList division)
                {
                    for (var j = 0; j < division.Count; j++)
                    {
                        if (division[j] is ScriptObject part && part["aandeel"] is decimal share && share != Math.Round(share))
                        {
                            return 2;
                        }
                    }
                }
            }
        }

        return 0;
    }
}
