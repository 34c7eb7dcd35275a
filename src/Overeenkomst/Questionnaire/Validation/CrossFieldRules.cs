using System.Text.Json.Nodes;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>A rule over several answers at once; it reads the prepared answers, so hidden or invalid answers are null.</summary>
internal interface ICrossFieldRule
{
    IEnumerable<ValidationError> Check(JsonObject answers);
}

/// <summary>The cross-field rules, in the order their errors are listed. Adding a rule: write the class, list it here.</summary>
internal static class CrossFieldRules
{
    public static IReadOnlyList<ICrossFieldRule> All { get; } =
    [
        new CareOrganisationAndSchool(),
        new ShortNamesUnique(),
        new EndAfterStart(),
        new FundingSharesAddUp(),
        new PartiesNamedExist(),
    ];

    internal static IEnumerable<JsonObject> Items(JsonObject answers, string group) =>
        answers[group] is JsonArray items ? items.OfType<JsonObject>() : [];

    internal static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    internal static decimal? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : null;

    internal static bool IsSchool(string? kind) => kind is "mbo-instelling" or "hogeschool";
}

/// <summary>At least one care organisation and one school: without both there is no hybrid learning workplace.</summary>
internal sealed class CareOrganisationAndSchool : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        // Only once parties are given: an empty list already has its own message, and a partial answers document is normal.
        var kinds = CrossFieldRules.Items(answers, "partijen").Select(p => CrossFieldRules.Text(p["soort"])).ToList();
        if (kinds.Count == 0)
        {
            yield break;
        }

        if (!kinds.Contains("zorgorganisatie"))
        {
            yield return new ValidationError("partijen", Messages.NoCareOrganisation);
        }

        if (!kinds.Any(CrossFieldRules.IsSchool))
        {
            yield return new ValidationError("partijen", Messages.NoSchool);
        }
    }
}

/// <summary>Each party's short name appears once: the agreement and the tables refer to parties by it.</summary>
internal sealed class ShortNamesUnique : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers) =>
        CrossFieldRules.Items(answers, "partijen")
            .Select((party, index) => (Name: CrossFieldRules.Text(party["korte_naam"]), Index: index))
            .Where(p => p.Name is not null)
            .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1))
            .Select(p => new ValidationError($"partijen[{p.Index}].korte_naam", Messages.ShortNameTwice(p.Name!)));
}

/// <summary>The agreement ends after it starts.</summary>
internal sealed class EndAfterStart : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        if (CrossFieldRules.Text(answers["startdatum"]) is { } start && CrossFieldRules.Text(answers["einddatum"]) is { } end
            && string.CompareOrdinal(end, start) <= 0)
        {
            yield return new ValidationError("einddatum", Messages.EndNotAfterStart);
        }
    }
}

/// <summary>Every budget line is paid for in full: its shares add up to 100 %.</summary>
internal sealed class FundingSharesAddUp : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        var index = 0;
        foreach (var line in CrossFieldRules.Items(answers, "begroting"))
        {
            var shares = CrossFieldRules.Items(line, "verdeling").Select(s => CrossFieldRules.Number(s["aandeel"]) ?? 0).ToList();
            if (shares.Count > 0 && shares.Sum() != 100)
            {
                yield return new ValidationError($"begroting[{index}].verdeling", Messages.SharesDoNotAddUp(CrossFieldRules.Text(line["post"]) ?? string.Empty, shares.Sum()));
            }

            index++;
        }
    }
}

/// <summary>Roles, facilities and budget shares name a party by its short name; a name no party has is a typo.</summary>
internal sealed class PartiesNamedExist : ICrossFieldRule
{
    public IEnumerable<ValidationError> Check(JsonObject answers)
    {
        var names = CrossFieldRules.Items(answers, "partijen").Select(p => CrossFieldRules.Text(p["korte_naam"])).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            yield break;
        }

        foreach (var group in new[] { "rollen", "faciliteiten" })
        {
            foreach (var error in Unknown(CrossFieldRules.Items(answers, group), group, names))
            {
                yield return error;
            }
        }

        var line = 0;
        foreach (var budget in CrossFieldRules.Items(answers, "begroting"))
        {
            foreach (var error in Unknown(CrossFieldRules.Items(budget, "verdeling"), $"begroting[{line}].verdeling", names))
            {
                yield return error;
            }

            line++;
        }
    }

    private static IEnumerable<ValidationError> Unknown(IEnumerable<JsonObject> items, string path, HashSet<string> names) =>
        items.Select((item, index) => (Name: CrossFieldRules.Text(item["partij"]), Index: index))
            .Where(i => i.Name is not null && !names.Contains(i.Name))
            .Select(i => new ValidationError($"{path}[{i.Index}].partij", Messages.UnknownParty(i.Name!, names)));
}
