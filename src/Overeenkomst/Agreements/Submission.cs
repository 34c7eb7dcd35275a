using Overeenkomst.Agreements.Parties;

namespace Overeenkomst.Agreements;

/// <summary>A request to submit a version for review, with what the lifecycle needs to decide it.</summary>
/// <param name="Version">The version to submit.</param>
/// <param name="VersionExists">Whether it exists.</param>
/// <param name="Parties">The parties its answers name: each must approve it.</param>
/// <param name="By">Who submits it: submitting counts as their party's approval.</param>
/// <param name="At">When.</param>
/// <param name="UnchangedSinceChangesRequested">Whether its text is that of the version changes were last asked in.</param>
public sealed record Submission(int Version, bool VersionExists, IReadOnlyList<Party> Parties, Participant By, DateTimeOffset At,
    bool UnchangedSinceChangesRequested = false);
