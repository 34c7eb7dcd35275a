using System.Text.Json;
using System.Text.Json.Nodes;
using Overeenkomst.Agreements.Parties;

namespace Overeenkomst.Agreements.Organisations;

/// <summary>
/// An organisation's fixed data, kept once and offered to every agreement it joins: the fields of its block
/// (<see cref="OrganisationBlock"/>), keyed by its KvK number, with the e-mail domains of the people who may change it.
/// </summary>
/// <param name="Kvk">Its KvK number.</param>
/// <param name="Block">The block's fields, as an object.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who changed it.</param>
public sealed record OrganisationProfile(string Kvk, JsonElement Block, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    /// <summary>The e-mail domains of the organisation's people.</summary>
    public IReadOnlyList<string> EmailDomains => Block.ValueKind == JsonValueKind.Object ? AgreementParties.DomainsOf(Block) : [];

    /// <summary>True when someone signed in as <paramref name="email"/> belongs to the organisation: an address in one of its domains (a profile without domains has no members).</summary>
    public bool HasMember(string email) => EmailDomains.Count > 0 && new Party("", EmailDomains).Admits(email);

    /// <summary>What anyone may see: <see cref="OrganisationBlock.PublicFields"/> only.</summary>
    public JsonObject PublicPart()
    {
        var all = OrganisationBlock.Of(Block);
        var shown = new JsonObject();
        foreach (var field in OrganisationBlock.PublicFields)
        {
            if (all[field] is { } value)
            {
                shown[field] = value.DeepClone();
            }
        }

        return shown;
    }
}
