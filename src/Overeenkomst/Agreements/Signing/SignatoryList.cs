using System.Text.Json;
using Overeenkomst.Agreements.Organisations;
using Overeenkomst.Agreements.Parties;
using Overeenkomst.Questionnaire;

namespace Overeenkomst.Agreements.Signing;

/// <summary>Who signs, read from answers: each party's first signatory and, when it has one, its second.</summary>
public static class SignatoryList
{
    private static readonly (int Position, string Name, string Function, string Email)[] Representatives =
    [
        (1, "vertegenwoordiger_naam", "vertegenwoordiger_functie", "vertegenwoordiger_email"),
        (2, "vertegenwoordiger2_naam", "vertegenwoordiger2_functie", "vertegenwoordiger2_email"),
    ];

    /// <summary>The second signatory counts only when this answer is yes.</summary>
    private const string HasSecond = "tweede_vertegenwoordiger";

    /// <summary>
    /// The signatories <paramref name="answers"/> name, in the order of the parties. A signatory's e-mail address is taken
    /// only from a party whose block confirmation still holds for these answers.
    /// </summary>
    public static IReadOnlyList<Signatory> Of(JsonElement answers, IReadOnlyList<BlockConfirmation> confirmations)
    {
        ArgumentNullException.ThrowIfNull(confirmations);
        var signatories = new List<Signatory>();
        foreach (var party in AgreementParties.Of(answers))
        {
            var row = OrganisationBlock.NamedRow(answers, party.ShortName);
            var confirmed = BlockConfirmation.Current(confirmations, answers, party.ShortName) is not null;
            foreach (var (position, name, function, email) in Representatives)
            {
                if (position == 2 && !(row.TryGetProperty(HasSecond, out var second) && second.ValueKind == JsonValueKind.True))
                {
                    continue;
                }

                signatories.Add(new Signatory(party.ShortName, position, Text(row, name) ?? "", Text(row, function) ?? "",
                    confirmed ? Text(row, email)?.ToLowerInvariant() : null));
            }
        }

        return signatories;
    }

    /// <summary>The signatories who have not signed yet.</summary>
    public static IReadOnlyList<Signatory> StillToSign(AgreementDocument agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return [.. (agreement.Signatories ?? []).Where(signatory => !agreement.Signatures.Any(signatory.Gave))];
    }

    /// <summary>The signatories who sign in as <paramref name="email"/> (nearly always one, or none).</summary>
    public static IReadOnlyList<Signatory> SigningAs(AgreementDocument agreement, string email)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return [.. (agreement.Signatories ?? []).Where(signatory => signatory.SignsInAs(email))];
    }

    private static string? Text(JsonElement row, string field) =>
        AnswerText.Of(row, field)?.Trim() is { Length: > 0 } text ? text : null;
}
