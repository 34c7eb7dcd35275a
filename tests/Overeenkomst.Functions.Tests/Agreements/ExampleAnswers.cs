using System.Text.Json.Nodes;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>
/// The example answers documents in templates/examples/, copied beside the tests by the build, each with its signing date
/// left open (each party signs on its own day): a fixed date in an example passes with time, and submitting refuses a
/// date before the day of submitting.
/// </summary>
public static class ExampleAnswers
{
    /// <summary>
    /// The Laurens–Albeda example: a complete agreement, with its signing date left open (each party signs on its own day).
    /// A fixed date in the example passes with time, and submitting refuses a date before the day of submitting.
    /// </summary>
    public static string Laurens => WithoutSigningDate("laurens-albeda");

    /// <summary>The Erasmus MC–Zadkine–Hogeschool Rotterdam example.</summary>
    public static string ErasmusMc => Read("erasmusmc-zadkine-hogeschool-rotterdam");

    /// <summary>
    /// The Amsterdam West example: four parties, two care organisations (Amstelzorg, Woonzorg West) and two schools (ROC
    /// van Amsterdam, HvA); its signing date left open like <see cref="Laurens"/>'s (15 October 2026 passed, and the review
    /// tests submit it).
    /// </summary>
    public static string AmsterdamWest => WithoutSigningDate("regio-amsterdam-west-leerhuis");

    /// <summary>
    /// <paramref name="answers"/> with e-mail domains for some parties (<c>partijen[].email_domeinen</c>), as the
    /// questionnaire asks them: one text with commas. (A list is read too; <c>PartiesTests</c> covers that without a draft,
    /// since the questionnaire refuses a list where it asks for text.)
    /// </summary>
    public static string WithDomains(string answers, params (string Party, string[] Domains)[] domains)
    {
        var root = JsonNode.Parse(answers)!.AsObject();
        foreach (var party in root["partijen"]!.AsArray())
        {
            var found = domains.Where(entry => entry.Party == party!["korte_naam"]!.GetValue<string>()).ToList();
            if (found.Count == 1)
            {
                party!["email_domeinen"] = string.Join(", ", found[0].Domains);
            }
        }

        return root.ToJsonString();
    }

    /// <summary>The Laurens example with another name for the learning workplace, so each writer's save is recognisable.</summary>
    public static string LaurensNamed(string name)
    {
        var answers = JsonNode.Parse(Laurens)!.AsObject();
        answers["naam_leerwerkplek"] = name;
        return answers.ToJsonString();
    }

    /// <summary>The Laurens example to be signed a month from now, as a new agreement in the browser would be.</summary>
    public static string LaurensSignedNextMonth()
    {
        var answers = JsonNode.Parse(Laurens)!.AsObject();
        answers["ondertekening_datum"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return answers.ToJsonString();
    }

    private static string WithoutSigningDate(string name)
    {
        var answers = JsonNode.Parse(Read(name))!.AsObject();
        answers.Remove("ondertekening_datum");
        return answers.ToJsonString();
    }

    private static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "examples", name + ".json"));
}
