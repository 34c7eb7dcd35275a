using System.Text.Json;
using Overeenkomst.Questionnaire;
using Overeenkomst.Questionnaire.Validation;
using Overeenkomst.Rendering;

namespace Overeenkomst.Agreements;

/// <summary>An agreement's title as lists show it, from the name of the learning workplace: the same title the template writes.</summary>
public static class AgreementTitle
{
    /// <summary>The question whose answer names the learning workplace.</summary>
    public const string NameQuestion = "naam_leerwerkplek";

    /// <summary>
    /// The longest name kept as the title: far above the questionnaire's own limit, and low enough that the title stays a
    /// small part of the 8 KiB of blob metadata whatever the characters (<see cref="StoredMetadata"/>).
    /// </summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest title: the longest name after "Samenwerkingsovereenkomst ".</summary>
    public static int MaxLength => Messages.AgreementTitle(new string('x', MaxNameLength)).Length;

    /// <summary>Why the answers cannot be stored with their title, at the name's question; null when they can.</summary>
    public static ValidationError? TooLong(Answers answers) =>
        Name(answers) is { Length: > MaxNameLength } name ? new ValidationError(NameQuestion, Messages.TitleTooLong(MaxNameLength, name.Length)) : null;

    /// <summary>"Samenwerkingsovereenkomst {naam_leerwerkplek}", or the plain word before the name is answered.</summary>
    public static string Of(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return Name(answers) is { Length: > 0 } name ? Messages.AgreementTitle(name) : Messages.UntitledAgreement;
    }

    // The name as the title shows it: cleaned of what no document can hold, without surrounding spaces.
    private static string? Name(Answers answers) =>
        AnswerText.Of(answers.Root, NameQuestion) is { } name ? DocumentText.Clean(name, keepLineBreaks: false).Trim() : null;
}
