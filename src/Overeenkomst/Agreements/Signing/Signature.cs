namespace Overeenkomst.Agreements.Signing;

/// <summary>
/// One signatory's signature on the final: a simple electronic signature given in the product (who, when, the final's
/// SHA-256 and how they signed in), or a signature on paper as a jurist recorded it (the date and the SHA-256 of the scan).
/// </summary>
/// <param name="Party">The party signed for.</param>
/// <param name="Position">Which of its signatories (1 or 2).</param>
/// <param name="Method"><see cref="InTheProduct"/> or <see cref="OnPaper"/>.</param>
/// <param name="Sha256">What the signature applies to: the final's SHA-256, or the scanned signed copy's.</param>
/// <param name="SignedAt">When: the moment in the product, the day on paper (midnight UTC).</param>
public sealed record Signature(string Party, int Position, string Method, string Sha256, DateTimeOffset SignedAt)
{
    /// <summary>Signed in the product, signed in as the signatory.</summary>
    public const string InTheProduct = "in_de_applicatie";

    /// <summary>Signed on paper; a jurist recorded it ("ondertekend buiten de applicatie").</summary>
    public const string OnPaper = "buiten_de_applicatie";

    /// <summary>In the product: the address the signer was signed in with.</summary>
    public string? Email { get; init; }

    /// <summary>In the product: the signer's name as their sign-in gave it (the name claim).</summary>
    public string? Name { get; init; }

    /// <summary>In the product: how they signed in — the identity provider of the sign-in (App Service's <c>auth_typ</c>, such as <c>aad</c>).</summary>
    public string? IdentityProvider { get; init; }

    /// <summary>On paper: the day it was signed.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>On paper: the jurist who recorded it.</summary>
    public string? RecordedBy { get; init; }

    /// <summary>On paper: the jurist's name.</summary>
    public string? RecordedByName { get; init; }
}
