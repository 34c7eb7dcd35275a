namespace Overeenkomst.Agreements.Listing;

/// <summary>
/// Whose list shows an agreement: its participants and the signatories fixed at finalising (who may not take part
/// otherwise) — the same people <see cref="StoredMetadata"/> names for a listing of the whole store.
/// </summary>
internal static class TakingPart
{
    /// <summary>Everyone <paramref name="agreement"/> names, as e-mail addresses compared without regard to case.</summary>
    public static IReadOnlySet<string> In(AgreementDocument agreement) =>
        agreement.Participants.Select(participant => participant.Email)
            .Concat(agreement.Signatories?.Select(signatory => signatory.Email).OfType<string>() ?? [])
            .Select(email => email.Trim().ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The people <paramref name="after"/> names and <paramref name="before"/> did not: the indexes a write must add to.</summary>
    public static IReadOnlyList<string> Joining(AgreementDocument? before, AgreementDocument after) =>
        before is null ? [.. In(after)] : [.. In(after).Except(In(before))];
}
