using System.Diagnostics.CodeAnalysis;

namespace Overeenkomst.Agreements;

/// <summary>
/// What one step of the <see cref="Lifecycle"/> decided: the agreement as it becomes (or null when its file need not change),
/// the line for the log, or a refusal that says in Dutch why not and what is possible now.
/// </summary>
/// <param name="Next">The agreement after the step; null when nothing in <c>agreement.json</c> changes.</param>
/// <param name="Action">What happened, for the log; null when there is nothing to log.</param>
/// <param name="Detail">Why, or with what reason, for the log.</param>
/// <param name="Version">The version the step concerns.</param>
/// <param name="Refusal">Why the step is not possible now; null when it is.</param>
public sealed record Transition(AgreementDocument? Next, string? Action, string? Detail, int? Version, string? Refusal)
{
    /// <summary>Allowed, and nothing changes or needs logging.</summary>
    public static Transition None { get; } = new(null, null, null, null, null);

    /// <summary>True when the step is not possible in the agreement's current state (and <see cref="Refusal"/> says why).</summary>
    [MemberNotNullWhen(true, nameof(Refusal))]
    public bool IsRefused => Refusal is not null;

    /// <summary>The agreement changes to <paramref name="next"/>, and the log says so.</summary>
    public static Transition To(AgreementDocument next, string action, int? version, string? detail = null) => new(next, action, detail, version, null);

    /// <summary>Nothing in the agreement changes, but the log records the step.</summary>
    public static Transition LogOnly(string action, int? version, string? detail = null) => new(null, action, detail, version, null);

    /// <summary>Not possible now, for <paramref name="reason"/>.</summary>
    public static Transition Refused(string reason) => new(null, null, null, null, reason);
}
