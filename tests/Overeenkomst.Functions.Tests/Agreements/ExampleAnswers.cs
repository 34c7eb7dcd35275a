using System.Text.Json.Nodes;

namespace Overeenkomst.Functions.Tests.Agreements;

/// <summary>The example answers documents in templates/examples/, copied beside the tests by the build.</summary>
public static class ExampleAnswers
{
    /// <summary>
    /// The Laurens–Albeda example: a complete agreement, with its signing date left open (each party signs on its own day).
    /// A fixed date in the example passes with time, and submitting refuses a date before the day of submitting.
    /// </summary>
    public static string Laurens
    {
        get
        {
            var answers = JsonNode.Parse(Read("laurens-albeda"))!.AsObject();
            answers.Remove("ondertekening_datum");
            return answers.ToJsonString();
        }
    }

    /// <summary>The Erasmus MC–Zadkine–Hogeschool Rotterdam example.</summary>
    public static string ErasmusMc => Read("erasmusmc-zadkine-hogeschool-rotterdam");

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

    private static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "templates", "examples", name + ".json"));
}
