using System.Globalization;

namespace Overeenkomst.Benchmarks.SideBySide;

/// <summary>
/// <c>side-by-side &lt;folderA&gt; &lt;templatesA&gt; &lt;folderB&gt; &lt;templatesB&gt; [seconds=30] [example]</c>: the render
/// time of two builds of the command line (their build output folders), measured in one process (.ci/render-vs builds
/// the folders and runs it).
/// </summary>
internal static class SideBySideCommand
{
    private const string Usage =
        "side-by-side <folderA> <templatesA> <folderB> <templatesB> [seconds=30] [example=regio-amsterdam-west-leerhuis.json]";

    public static int Run(string[] args)
    {
        if (args.Length is < 4 or > 6 || (args.Length > 4 && !double.TryParse(args[4], CultureInfo.InvariantCulture, out _)))
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }

        var seconds = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 30;
        var example = args.Length > 5 ? args[5] : "regio-amsterdam-west-leerhuis.json";
        try
        {
            var a = ReflectedRender.Create(args[0], args[1], example);
            var b = ReflectedRender.Create(args[2], args[3], example);
            Console.WriteLine($"A: {Path.GetFullPath(args[0])}, B: {Path.GetFullPath(args[2])}; {example}, {seconds:0.#} s after 6 s of warm-up");
            Print(AlternatingBatches.Run(a, b, TimeSpan.FromSeconds(seconds)));
            return 0;
        }
        catch (SideBySideException e)
        {
            Console.Error.WriteLine($"side-by-side: {e.Message}");
            return 1;
        }
    }

    private static void Print(SideBySideResult result)
    {
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"A: wall {result.PerRenderA.WallMs:F3} ms, CPU {result.PerRenderA.CpuMs:F3} ms per render"));
        Console.WriteLine(string.Create(invariant, $"B: wall {result.PerRenderB.WallMs:F3} ms, CPU {result.PerRenderB.CpuMs:F3} ms per render"));
        Console.WriteLine(string.Create(invariant,
            $"B/A: wall {result.WallRatio:F3}, CPU {result.CpuRatio:F3}; wall per round: median {result.RoundRatio(0.5):F3}, " +
            $"p10 {result.RoundRatio(0.1):F3}, p90 {result.RoundRatio(0.9):F3}, {result.RoundRatios.Count} rounds"));
    }
}
