namespace Overeenkomst.Agreements.Signing;

/// <summary>
/// Signing the final in the store: each step one conditional write of <c>agreement.json</c> decided by
/// <see cref="SigningRules"/> (so two signatories at once are both counted) and one line in the log.
/// </summary>
public sealed class FinalSigning(AgreementArchive agreements, VersionArchive versions, TimeProvider clock)
{
    /// <summary>The agreement's final, as the versions list has it; null before it is definitief.</summary>
    public async Task<VersionRecord?> FinalAsync(AgreementId id, AgreementDocument agreement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (agreement.FinalVersion is not { } number)
        {
            return null;
        }

        return (await versions.ListAsync(id, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(version => version.Number == number && version.Kind == VersionRecord.Definitief);
    }

    /// <summary><paramref name="signer"/> signs the text with <paramref name="sha256"/>, which must be the final's.</summary>
    public async Task<SaveResult> SignAsync(AgreementId id, Stored<AgreementDocument> read, Signer signer, string sha256,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(signer);
        var final = await FinalAsync(id, read.Value, cancellationToken).ConfigureAwait(false);
        return await agreements.TransitionAsync(id, read, new Actor(signer.Email, signer.Name),
            current => SigningRules.Sign(current, final, signer, sha256, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A jurist records a signing on paper (<see cref="SigningRules.SignOnPaper"/>).</summary>
    public async Task<SaveResult> SignOnPaperAsync(AgreementId id, Stored<AgreementDocument> read, Actor jurist, string? party, DateOnly date,
        string scanSha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        var final = await FinalAsync(id, read.Value, cancellationToken).ConfigureAwait(false);
        var today = SigningDate.Today(clock);
        return await agreements.TransitionAsync(id, read, jurist,
            current => SigningRules.SignOnPaper(current, final, party, date, scanSha256, jurist, today), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A party corrects the address of one of its signatories (<see cref="SigningRules.CorrectEmail"/>).</summary>
    public Task<SaveResult> CorrectEmailAsync(AgreementId id, Stored<AgreementDocument> read, Actor by, string party, int position, string email,
        CancellationToken cancellationToken = default) =>
        agreements.TransitionAsync(id, read, by, current => SigningRules.CorrectEmail(current, party, position, email), cancellationToken);
}
