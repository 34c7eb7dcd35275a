using System.Diagnostics;

namespace Overeenkomst.Benchmarks.SideBySide;

/// <summary>
/// Two renders timed in one process, taking turns in batches — A B B A each round — so that both see the same moments
/// of a shared machine: run as two separate processes the same build varies by up to ±25 % from run to run, taking
/// turns like this by a few per cent.
/// </summary>
/// <remarks>
/// A B B A rather than A B: whichever goes second in a pair inherits the first's garbage and warmer caches, and the
/// mirror order gives each build that place equally often. CPU is the process's (the GC's threads included), read from
/// <see cref="Environment.CpuUsage"/>, which on Linux has microsecond resolution where <c>/proc</c>'s ticks have 10 ms.
/// </remarks>
internal static class AlternatingBatches
{
    /// <summary>Renders per batch: ~40 ms of work, long enough to time, short enough for many rounds.</summary>
    private const int BatchSize = 20;

    /// <summary>Both builds warm up together first, until tiered compilation has settled on its final code.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(6);

    public static SideBySideResult Run(Action a, Action b, TimeSpan duration)
    {
        for (var warm = Stopwatch.StartNew(); warm.Elapsed < WarmUp;)
        {
            a();
            b();
        }

        var totalA = new BatchTime(0, 0);
        var totalB = new BatchTime(0, 0);
        var ratios = new List<double>();
        var clock = Stopwatch.StartNew();
        do
        {
            var firstA = Time(a);
            var firstB = Time(b);
            var secondB = Time(b);
            var secondA = Time(a);
            var roundA = firstA + secondA;
            var roundB = firstB + secondB;
            totalA += roundA;
            totalB += roundB;
            ratios.Add(roundB.WallMs / roundA.WallMs);
        }
        while (clock.Elapsed < duration);

        var renders = ratios.Count * 2 * BatchSize;
        return new SideBySideResult(totalA / renders, totalB / renders, totalB.WallMs / totalA.WallMs, totalB.CpuMs / totalA.CpuMs, ratios);
    }

    private static BatchTime Time(Action render)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var wall = Stopwatch.GetTimestamp();
        for (var i = 0; i < BatchSize; i++)
        {
            render();
        }

        return new BatchTime(Stopwatch.GetElapsedTime(wall).TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
    }
}

/// <summary>Wall and process CPU time in milliseconds, of a batch, a sum of batches or one render.</summary>
internal readonly record struct BatchTime(double WallMs, double CpuMs)
{
    public static BatchTime operator +(BatchTime left, BatchTime right) => new(left.WallMs + right.WallMs, left.CpuMs + right.CpuMs);

    public static BatchTime operator /(BatchTime time, int count) => new(time.WallMs / count, time.CpuMs / count);
}
