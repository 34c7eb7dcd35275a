namespace Overeenkomst.Tests.Support;

/// <summary>A clock that always says the same moment, so a test chooses what "today" is.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The moment this clock gives, settable so a test can let a day pass.</summary>
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
