namespace Overeenkomst.Benchmarks.SideBySide;

/// <summary>
/// What a side-by-side run found: each build's time per render, the ratio B/A of the sums, and the wall-time ratio of
/// each round (sorted), whose spread says how far the sums can be trusted.
/// </summary>
internal sealed record SideBySideResult(BatchTime PerRenderA, BatchTime PerRenderB, double WallRatio, double CpuRatio, List<double> RoundRatios)
{
    /// <summary>The round ratio below which a fraction <paramref name="quantile"/> of the rounds lie (nearest rank).</summary>
    public double RoundRatio(double quantile)
    {
        var sorted = RoundRatios.Order().ToList();
        return sorted[(int)Math.Round(quantile * (sorted.Count - 1))];
    }
}
