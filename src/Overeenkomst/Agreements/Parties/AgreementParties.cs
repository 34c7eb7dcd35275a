using System.Text.Json;
using Overeenkomst.Questionnaire;

namespace Overeenkomst.Agreements.Parties;

/// <summary>
/// The parties an agreement's answers name (<c>partijen[].korte_naam</c>), with the e-mail domains of each
/// (<c>partijen[].email_domeinen</c>: a list of domains, or one text with commas), and whether a participant can act for theirs.
/// </summary>
public static class AgreementParties
{
    /// <summary>The question that lists the parties.</summary>
    public const string PartiesQuestion = "partijen";

    /// <summary>A party's short name.</summary>
    public const string ShortNameField = "korte_naam";

    /// <summary>A party's e-mail domains.</summary>
    public const string EmailDomainsField = "email_domeinen";

    /// <summary>The parties <paramref name="answers"/> name, in order; those without a short name are left out.</summary>
    public static IReadOnlyList<Party> Of(JsonElement answers)
    {
        if (answers.ValueKind != JsonValueKind.Object || !answers.TryGetProperty(PartiesQuestion, out var parties) || parties.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var found = new List<Party>();
        foreach (var party in parties.EnumerateArray())
        {
            if (AnswerText.Of(party, ShortNameField)?.Trim() is { Length: > 0 } shortName
                && !found.Exists(other => other.IsNamed(shortName)))
            {
                found.Add(new Party(shortName, Domains(party)));
            }
        }

        return found;
    }

    /// <summary>The party <paramref name="organisation"/> names, or null.</summary>
    public static Party? Named(IReadOnlyList<Party> parties, string organisation) =>
        parties?.FirstOrDefault(party => party.IsNamed(organisation));

    /// <summary>
    /// Why <paramref name="participant"/> cannot act for a party of <paramref name="parties"/>, in Dutch: their organisation names
    /// none, or their e-mail address is outside its domains; null when they can.
    /// </summary>
    public static string? WhyNotFor(Participant participant, IReadOnlyList<Party> parties)
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(parties);
        if (Named(parties, participant.Organisation) is not { } party)
        {
            return Messages.NotAParty(participant.Organisation, [.. parties.Select(found => found.ShortName)]);
        }

        return party.Admits(participant.Email) ? null : Messages.OutsidePartyDomains(participant.Email, party.ShortName, party.EmailDomains);
    }

    /// <summary>The e-mail domains a party's row (or a profile) lists: "laurens.nl, @Laurens.example" or ["laurens.nl"], lower case, without "@" or spaces.</summary>
    public static IReadOnlyList<string> DomainsOf(JsonElement party) => Domains(party);

    private static List<string> Domains(JsonElement party)
    {
        if (!party.TryGetProperty(EmailDomainsField, out var domains))
        {
            return [];
        }

        IEnumerable<string> listed = domains.ValueKind == JsonValueKind.Array
            ? domains.EnumerateArray().Select(AnswerText.Of).OfType<string>()
            : AnswerText.Of(domains)?.Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries) ?? [];
        return [.. listed.Select(domain => domain.Trim().TrimStart('@').ToLowerInvariant()).Where(domain => domain.Length > 0).Distinct()];
    }
}
