using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Overeenkomst.Benchmarks -- --filter '*'   (see the README for the figures)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The benchmarks' entry point.</summary>
public partial class Program;
