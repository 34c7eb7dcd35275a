using System.Text.Json;
using Overeenkomst.Questionnaire;
using Overeenkomst.Rendering;

namespace Overeenkomst.Agreements;

/// <summary>An agreement's title as lists show it, from the name of the learning workplace: the same title the template writes.</summary>
public static class AgreementTitle
{
    /// <summary>The question whose answer names the learning workplace.</summary>
    public const string NameQuestion = "naam_leerwerkplek";

    /// <summary>"Samenwerkingsovereenkomst {naam_leerwerkplek}", or the plain word before the name is answered.</summary>
    public static string Of(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return answers.Root.TryGetProperty(NameQuestion, out var name) && name.ValueKind == JsonValueKind.String
            && DocumentText.Clean(name.GetString()!, keepLineBreaks: false).Trim() is { Length: > 0 } cleaned
            ? Messages.AgreementTitle(cleaned)
            : Messages.UntitledAgreement;
    }
}
