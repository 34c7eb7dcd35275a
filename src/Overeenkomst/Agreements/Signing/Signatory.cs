namespace Overeenkomst.Agreements.Signing;

/// <summary>Someone who signs the final for a party: its first or second representative, as the approved answers name them.</summary>
/// <param name="Party">The party, by its short name.</param>
/// <param name="Position">1 for the first signatory, 2 for the second.</param>
/// <param name="Name">Their name, as in the final.</param>
/// <param name="Function">Their function, as in the final.</param>
/// <param name="Email">
/// The address they sign in with; null until their party confirmed its block (or corrected the address since), so nobody
/// can name the signer of another organisation.
/// </param>
public sealed record Signatory(string Party, int Position, string Name, string Function, string? Email)
{
    /// <summary>True when this signatory signs in as <paramref name="email"/>.</summary>
    public bool SignsInAs(string email) => Email is { } own && Participation.SameEmail(own, email);

    /// <summary>True when <paramref name="signature"/> is this signatory's.</summary>
    public bool Gave(Signature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return signature.Position == Position && Participation.SameOrganisation(signature.Party, Party);
    }
}
