using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Questionnaire.Definition;

namespace Overeenkomst.Questionnaire.Validation;

/// <summary>Checks and normalises one answer of a simple (not group) question, with the Dutch reason when it is not valid.</summary>
internal static class ValueFormats
{
    private const int DefaultTextLength = 500;

    // Generous on purpose: a situation analysis pasted from a policy document must fit whole. The answers document as a
    // whole is still capped at 1 MB (Answers.MaxBytes).
    private const int DefaultLongTextLength = 100_000;

    /// <summary>Whether <paramref name="value"/> counts as "not answered": absent, null, empty text, an empty list.</summary>
    public static bool IsEmpty([NotNullWhen(false)] JsonElement? value) => value switch
    {
        null => true,
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => true,
        { ValueKind: JsonValueKind.String } text => IsBlank(text),
        { ValueKind: JsonValueKind.Array } list => list.GetArrayLength() == 0,
        _ => false,
    };

    // Whether a text answer is empty or only white space, read from its UTF-8 without making a string of it where it can:
    // an answer that starts with a visible ASCII character is not blank.
    private static bool IsBlank(JsonElement text)
    {
        var raw = JsonMarshal.GetRawUtf8Value(text);
        foreach (var b in raw[1..^1])
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return b is (byte)'\\' or >= 0x80 ? string.IsNullOrWhiteSpace(text.GetString()) : false;
        }

        return true;
    }

    // Beyond this no budget line of a learning workplace goes, and sums of many lines still fit a decimal.
    private const decimal LargestAmount = 999_999_999_999.99m;

    // The same bound for any number the definition does not bound itself.
    private const decimal LargestNumber = 1_000_000_000_000m;

    public static FormatResult Check(QuestionDefinition question, JsonElement value) => question.Type switch
    {
        QuestionType.Text or QuestionType.Party => Text(value, question.Limits.MaxLength ?? DefaultTextLength),
        QuestionType.LongText => Text(value, question.Limits.MaxLength ?? DefaultLongTextLength),
        QuestionType.Number => Number(value, question.Limits, min: -LargestNumber, max: LargestNumber, decimals: null, DutchNumber.Kind.Plain),
        QuestionType.Money => Number(value, question.Limits, min: 0, max: LargestAmount, decimals: 2, DutchNumber.Kind.Money),
        QuestionType.Percentage => Number(value, question.Limits, min: 0, max: 100, decimals: 2, DutchNumber.Kind.Percentage),
        QuestionType.Date => Date(value),
        QuestionType.YesNo => value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? FormatResult.Valid(JsonValue.Create(value.GetBoolean()))
            : GivenValue.WrongType(value, Messages.ExpectedYesNo),
        QuestionType.SingleChoice => Choice(value, question.Options),
        QuestionType.MultipleChoice => Choices(value, question),
        QuestionType.Email => WithText(value, IdentifierFormats.Email),
        QuestionType.Phone => WithText(value, IdentifierFormats.Phone),
        QuestionType.Postcode => WithText(value, IdentifierFormats.Postcode),
        QuestionType.Kvk => WithText(value, IdentifierFormats.Kvk),
        QuestionType.Brin => WithText(value, IdentifierFormats.Brin),
        QuestionType.Iban => WithText(value, IdentifierFormats.Iban),
        QuestionType.ProgrammeCode => WithText(value, IdentifierFormats.ProgrammeCode),
        _ => GivenValue.WrongType(value, Messages.ExpectedItems),
    };

    private static FormatResult Text(JsonElement value, int maxLength)
    {
        if (AnswerText.Of(value) is not { } sent)
        {
            return GivenValue.WrongType(value, Messages.ExpectedText);
        }

        var text = sent.Trim();
        return text.Length > maxLength ? FormatResult.Invalid(Messages.TextTooLong(maxLength)) : FormatResult.Valid(JsonValue.Create(text));
    }

    private static FormatResult WithText(JsonElement value, Func<string, FormatResult> check) =>
        AnswerText.Of(value) is { } text ? check(text.Trim()) : GivenValue.WrongType(value, Messages.ExpectedText);

    // min and max: the bounds of the kind, for a question whose definition sets none.
    private static FormatResult Number(JsonElement value, ValueLimits limits, decimal min, decimal max, int? decimals, DutchNumber.Kind kind)
    {
        decimal number;
        if (value.ValueKind == JsonValueKind.Number)
        {
            if (!value.TryGetDecimal(out number))
            {
                return FormatResult.Invalid(Messages.NumberOutOfRange);
            }
        }
        else if (AnswerText.Of(value) is { } text)
        {
            // Text is read in Dutch notation only: "24.000" is 24 000, never 24,00.
            if (!DutchNumber.TryRead(text, kind, out number, out var error))
            {
                return FormatResult.Invalid(error);
            }
        }
        else
        {
            return GivenValue.WrongType(value, DutchNumber.Expected(kind, limits.WholeNumber));
        }

        var (lowest, highest) = (limits.Min ?? min, limits.Max ?? max);
        if (number < lowest)
        {
            return FormatResult.Invalid(Messages.NumberBelowMinimum(lowest));
        }

        if (number > highest)
        {
            return FormatResult.Invalid(kind == DutchNumber.Kind.Money ? Messages.AmountAboveMaximum(highest) : Messages.NumberAboveMaximum(highest));
        }

        if (limits.WholeNumber && number != decimal.Truncate(number))
        {
            return FormatResult.Invalid(Messages.NotAWholeNumber(number));
        }

        if (decimals is { } places && decimal.Round(number, places) != number)
        {
            return FormatResult.Invalid(Messages.TooManyDecimals(places));
        }

        return FormatResult.Valid(JsonValue.Create(number));
    }

    private static FormatResult Date(JsonElement value) =>
        AnswerText.Of(value) is not { } text ? GivenValue.WrongType(value, Messages.ExpectedDate)
        : IsoDate.TryParse(text.Trim(), out var date)
            ? FormatResult.Valid(JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            : FormatResult.Invalid(Messages.NotADateAnswer);

    private static FormatResult Choice(JsonElement value, IReadOnlyList<string> options) =>
        AnswerText.Of(value)?.Trim() is not { } text ? GivenValue.WrongType(value, Messages.ExpectedOption(options))
        : options.Contains(text, StringComparer.Ordinal)
            ? FormatResult.Valid(JsonValue.Create(text))
            : FormatResult.Invalid(Messages.NotAnOption(options));

    private static FormatResult Choices(JsonElement value, QuestionDefinition question)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return GivenValue.WrongType(value, Messages.ExpectedOptions(question.Options));
        }

        var chosen = new JsonArray();
        foreach (var item in value.EnumerateArray())
        {
            if (AnswerText.Of(item) is not { } option || !question.Options.Contains(option, StringComparer.Ordinal))
            {
                return FormatResult.Invalid(Messages.NotAnOption(question.Options));
            }

            // The string overload: the generic Add<T> looks the type up in the reflection-based default serializer,
            // which builds that serializer the first time (at start, for a default value) and costs a lookup per item.
            chosen.Add(JsonValue.Create(option));
        }

        return ItemCount(chosen.Count, question.Limits) is { } error ? FormatResult.Invalid(error) : FormatResult.Valid(chosen);
    }

    /// <summary>The Dutch reason a list has too few or too many items, or null.</summary>
    public static string? ItemCount(int count, ValueLimits limits) =>
        count < limits.MinItems ? Messages.TooFewItems(limits.MinItems.Value)
        : count > limits.MaxItems ? Messages.TooManyItems(limits.MaxItems.Value)
        : null;
}
