namespace Overeenkomst.Questionnaire.Validation;

/// <summary>What is wrong with one answer, in Dutch, and where: a question id, or a path such as <c>partijen[1].kvk</c>.</summary>
public sealed record ValidationError(string QuestionId, string Message);

/// <summary>A value after checking: the normalised value (e.g. "1234 AB"), or why it is not valid.</summary>
internal readonly record struct FormatResult(System.Text.Json.Nodes.JsonNode? Value, string? Error)
{
    public static FormatResult Valid(System.Text.Json.Nodes.JsonNode? value) => new(value, null);

    public static FormatResult Invalid(string error) => new(null, error);
}
