using System.Text.Json;

namespace Overeenkomst.Agreements.Organisations;

/// <summary>A party's confirmation of its own block, as it stood: it counts only while the block still has <see cref="Fingerprint"/>.</summary>
/// <param name="Party">The party, by its short name.</param>
/// <param name="Fingerprint">The block's <see cref="OrganisationBlock.Fingerprint"/> when it was confirmed.</param>
/// <param name="By">Who confirmed it: a participant of that party, with an address in its domains.</param>
/// <param name="Name">Their name.</param>
/// <param name="At">When.</param>
public sealed record BlockConfirmation(string Party, string Fingerprint, string By, string Name, DateTimeOffset At)
{
    /// <summary>The confirmation of <paramref name="party"/> that still holds for its row in <paramref name="answers"/>, or null.</summary>
    public static BlockConfirmation? Current(IReadOnlyList<BlockConfirmation> confirmations, JsonElement answers, string party)
    {
        ArgumentNullException.ThrowIfNull(confirmations);
        return OrganisationBlock.Row(answers, party) is { } row
               && confirmations.LastOrDefault(confirmation => Participation.SameOrganisation(confirmation.Party, party)) is { } found
               && found.Fingerprint == OrganisationBlock.Fingerprint(row)
            ? found
            : null;
    }
}
