using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire.Definition;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>A rule over several answers at once; it reads the prepared answers, so hidden or invalid answers are null.</summary>
internal interface ICrossFieldRule
{
    IEnumerable<ValidationError> Check(JsonObject answers);
}

/// <summary>The cross-field rules, in the order their errors are listed. Adding a rule: write the class, list it here.</summary>
internal static class CrossFieldRules
{
    /// <summary>Every rule, for <paramref name="definition"/> (some read which questions it marks, e.g. those naming a party).</summary>
    public static IReadOnlyList<ICrossFieldRule> For(QuestionnaireDefinition definition) =>
    [
        new CareOrganisationAndSchool(),
        new ShortNamesUnique(),
        new EndAfterStart(),
        new FundingSharesAddUp(),
        new PartiesNamedExist(definition),
        new TwoSidesDiffer(),
        new BblEmployerIsCareOrganisation(),
        new ProgrammeFitsItsKind(),
        new ProjectLeaderHasRole(),
        new TeacherOnSiteWithinRoleHours(),
        new SteeringMeetingPresent(),
        new OwnCostsNotShared(),
        new ReimbursedSecondmentInvoiced(),
        new DatesWithinTerm(),
        new EvaluationBeforeDecision(),
    ];

    internal static IEnumerable<JsonObject> Items(JsonObject answers, string group) =>
        answers[group] is JsonArray items ? items.OfType<JsonObject>() : [];

    internal static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    internal static decimal? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<decimal>(out var number) ? number : null;

    internal static DateOnly? Date(JsonNode? node) => AgreementTerm.Date(node);

    internal static bool? YesNo(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var yes) ? yes : null;

    internal static bool IsSchool(string? kind) => kind is "mbo-instelling" or "hogeschool";
}
